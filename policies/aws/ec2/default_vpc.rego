# METADATA
# title: Workloads must not be placed in the default VPC
# description: >-
#   The default VPC comes with public subnets that give every instance a
#   public IP address and permissive defaults nobody reviewed; workloads put
#   there are exposed to the internet by construction.
# custom:
#   id: AWS-EC2-008
#   severity: MEDIUM
#   category: network
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Create a dedicated aws_vpc with private subnets and move the resources
#     that refer to aws_default_vpc or aws_default_subnet there. Declaring aws_default_vpc only to
#     lock it down (flow logs, an empty default security group or network
#     ACL) is not reported. Resources placed in the default VPC without a
#     reference (no vpc_id, a data source lookup) cannot be seen here.
#   equivalents:
#     checkov: [CKV_AWS_148]
#     trivy: [AVD-AWS-0101]
#   fix: false
package aws.ec2.default_vpc

import data.lib

# Resources that refer to the default VPC or a default subnet to monitor or
# lock them down rather than to run in them.
_guards := {
	"aws_flow_log",
	"aws_default_security_group",
	"aws_default_network_acl",
	"aws_default_route_table",
	"aws_network_acl",
	"aws_network_acl_association",
	"aws_ec2_tag",
}

# _users(r) lists the resources that refer to r to run in it.
_users(r) := sort([u.id |
	some id in object.get(input.referenced_by, r.id, [])
	u := input.resources[id]
	not u.type in _guards
])

_nouns := {"aws_default_vpc": "default VPC", "aws_default_subnet": "default subnet"}

deny contains v if {
	some t, noun in _nouns
	some r in lib.resources(t)
	users := _users(r)
	count(users) > 0
	msg := sprintf("%s %q is used by %s; move workloads to a dedicated VPC", [noun, r.name, _list(users)])
	v := lib.with_related(lib.violation(r, [], msg), users)
}

_list(ids) := concat(", ", ids) if count(ids) <= 3

else := sprintf("%s and %d more", [concat(", ", array.slice(ids, 0, 3)), count(ids) - 3])
