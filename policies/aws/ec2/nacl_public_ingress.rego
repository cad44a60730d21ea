# METADATA
# title: Network ACLs must not allow SSH, RDP or all ports from the internet
# description: >-
#   A network ACL rule that allows 0.0.0.0/0 or ::/0 to port 22 (SSH), 3389
#   (RDP) or every port removes the subnet-level barrier in front of
#   management services, leaving one security group mistake between them and
#   the whole internet.
# custom:
#   id: AWS-EC2-006
#   severity: MEDIUM
#   category: network
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["6.2"]}
#   remediation: >-
#     Deny SSH and RDP from 0.0.0.0/0 and ::/0 in the network ACL (a deny
#     rule numbered before the allow rules), or restrict cidr_block to known
#     address ranges; allow only the ports the subnet serves. The usual
#     return-traffic rule for ports 1024-65535 is not reported although it
#     covers 3389: block RDP in the security groups.
#   equivalents:
#     checkov: [CKV_AWS_229, CKV_AWS_230, CKV_AWS_231, CKV_AWS_232, CKV_AWS_352]
#     trivy: [AVD-AWS-0105, AVD-AWS-0102]
#   defaults:
#     - attribute: aws_network_acl_rule.egress
#       value: false (an ingress rule)
#       source: hashicorp/aws v4+
#   fix: false
package aws.ec2.nacl_public_ingress

import data.lib

_all_protocols := {"-1", "all"}

_port_protocols := {"tcp", "6", "udp", "17"}

_admin_ports := [22, 3389]

# _protocol normalises a protocol name or number to a lowercase string;
# unknown markers pass through to the predicates.
_protocol(p) := lower(p) if is_string(p)

else := format_int(p, 10) if is_number(p)

else := p

_exposes_admin(protocol, from, to) if lib.is_in(_protocol(protocol), _all_protocols)

_exposes_admin(protocol, from, to) if {
	lib.is_in(_protocol(protocol), _port_protocols)
	some port in _admin_ports
	lib.port_range_includes(from, to, port)
	not _ephemeral_range(from, to, port)
}

# Network ACLs are stateless: replies to outbound connections need an
# ingress rule for the ephemeral ports, conventionally 1024-65535 from
# anywhere. That range covers 3389, but it is not an RDP rule; the security
# group must block RDP (AWS-EC2-001).
_ephemeral_range(from, to, port) if {
	port >= 1024
	lib.number(from) >= 1024
	lib.number(to) == 65535
}

_msg(r, noun) := sprintf("%s %q allows ingress from the internet to SSH, RDP or all ports; deny it or restrict the source to known addresses", [noun, r.name])

# Inline ingress blocks of aws_network_acl and aws_default_network_acl.
deny contains v if {
	some t in ["aws_network_acl", "aws_default_network_acl"]
	some r in lib.resources(t)
	some i, rule in lib.blocks(r.attributes, "ingress")
	lib.equals_ignore_case(lib.get(rule, "action", null), "allow")
	_exposes_admin(lib.get(rule, "protocol", null), lib.get(rule, "from_port", null), lib.get(rule, "to_port", null))
	some key in ["cidr_block", "ipv6_cidr_block"]
	lib.is_public_cidr(lib.get(rule, key, null))
	v := lib.violation(r, ["ingress", i, key], _msg(r, "network ACL"))
}

# Standalone aws_network_acl_rule resources (egress = false is ingress).
deny contains v if {
	some r in lib.resources("aws_network_acl_rule")
	lib.is_false_or_absent(r.attributes, "egress")
	lib.equals_ignore_case(lib.get(r.attributes, "rule_action", null), "allow")
	_exposes_admin(lib.get(r.attributes, "protocol", null), lib.get(r.attributes, "from_port", null), lib.get(r.attributes, "to_port", null))
	some key in ["cidr_block", "ipv6_cidr_block"]
	lib.is_public_cidr(lib.get(r.attributes, key, null))
	v := lib.violation(r, [key], _msg(r, "network ACL rule"))
}
