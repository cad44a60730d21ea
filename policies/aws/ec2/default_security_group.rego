# METADATA
# title: The default security group must not allow any traffic
# description: >-
#   Every resource launched without an explicit security group lands in the
#   VPC's default group; if that group allows traffic, forgotten instances,
#   endpoints and databases are reachable without anyone having decided so.
# custom:
#   id: AWS-EC2-007
#   severity: LOW
#   category: network
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["6.5"]}
#   remediation: >-
#     Declare aws_default_security_group for the VPC with no ingress and no
#     egress blocks (Terraform then removes every rule), do not attach rule
#     resources to it (security_group_id = aws_vpc.<name>.default_security_group_id),
#     and attach dedicated security groups to your resources. Move the workloads that rely on the
#     default group first: no automatic fix is offered because removing the
#     rules cuts their traffic.
#   equivalents:
#     checkov: [CKV2_AWS_12]
#     trivy: [AVD-AWS-0173]
#   fix: false
package aws.ec2.default_security_group

import data.lib

# _rule(b): b is a rule block; a dynamic block over an unknown collection
# may expand to none, so it counts only in the pessimistic pass.
_rule(b) if lib.is_known(b)

_rule(b) if {
	lib.is_unknown(b)
	lib.pessimistic
}

deny contains v if {
	some r in lib.resources("aws_default_security_group")
	some direction in ["ingress", "egress"]
	some i, b in lib.blocks(r.attributes, direction)
	_rule(b)
	msg := sprintf("default security group %q allows %s traffic; remove its %s blocks and use dedicated security groups", [r.name, direction, direction])
	v := lib.violation(r, [direction, i], msg)
}

# Standalone rule resources attached to a default security group: through
# the VPC's default_security_group_id attribute or an
# aws_default_security_group. The reference is read from the expression
# written in the configuration, which is known even though the ID is not.
_rule_types := ["aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"]

_default_sg_ref := `^(aws_vpc|aws_default_vpc)\.[^.\[]+(\[[^\]]*\])?\.default_security_group_id$|^aws_default_security_group\.[^.\[]+(\[[^\]]*\])?\.id$`

deny contains v if {
	some t in _rule_types
	some r in lib.resources(t)
	expr := lib.unknown_expr(lib.get(r.attributes, "security_group_id", null))
	regex.match(_default_sg_ref, expr)
	msg := sprintf("security group rule %q adds a rule to the default security group (%s); attach it to a dedicated security group", [r.name, expr])
	v := lib.violation(r, ["security_group_id"], msg)
}
