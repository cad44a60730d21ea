# METADATA
# title: Security group must not allow SSH, RDP or all ports from the internet
# description: >-
#   An ingress rule from 0.0.0.0/0 or ::/0 to port 22 (SSH), 3389 (RDP) or to
#   every port exposes the instance's login and management services to
#   password spraying and exploits from anywhere on the internet.
# custom:
#   id: AWS-EC2-001
#   severity: HIGH
#   category: network
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["6.3", "6.4"]}
#   remediation: >-
#     Allow SSH and RDP only from known address ranges (a VPN or bastion), or
#     use AWS Systems Manager Session Manager and remove the rule.
#   equivalents:
#     checkov: [CKV_AWS_24, CKV_AWS_25, CKV_AWS_260, CKV_AWS_277]
#     tfsec: [aws-ec2-no-public-ingress-sgr]
#     trivy: [AVD-AWS-0107]
#   fix: false
package aws.ec2.public_ingress_admin

import data.lib

_all_protocols := {"-1", "all"}

_port_protocols := {"tcp", "6", "udp", "17"}

_admin_ports := [22, 3389]

# _protocol normalises a protocol name or number to a lowercase string;
# unknown markers pass through to the predicates.
_protocol(p) := lower(p) if is_string(p)

else := format_int(p, 10) if is_number(p)

else := p

# _exposes_admin: the rule's protocol and port range reach SSH, RDP or all
# ports. False rather than undefined otherwise: OPA keeps the value of a
# call for the same arguments, not a failure, so most ingress rules (a few
# distinct protocol and port triples) are judged once, not once per block.
_exposes_admin(protocol, from, to) := true if {
	_reaches_admin(protocol, from, to)
} else := false

_reaches_admin(protocol, from, to) if lib.is_in(_protocol(protocol), _all_protocols)

_reaches_admin(protocol, from, to) if {
	lib.is_in(_protocol(protocol), _port_protocols)
	some port in _admin_ports
	lib.port_range_includes(from, to, port)
}

# _any_public(cidrs) is lib.any_public_cidr, false rather than undefined
# for the same reason: security groups repeat the same few CIDR lists.
_any_public(cidrs) := true if {
	lib.any_public_cidr(cidrs)
} else := false

_msg(r, noun) := sprintf("%s %q allows ingress from the internet to SSH, RDP or all ports; restrict the source to known addresses", [noun, r.name])

# Inline ingress blocks (including expanded dynamic blocks).
deny contains v if {
	some r in lib.resources("aws_security_group")
	some i, rule in lib.blocks(r.attributes, "ingress")
	_exposes_admin(lib.get(rule, "protocol", null), lib.get(rule, "from_port", null), lib.get(rule, "to_port", null))
	some key in ["cidr_blocks", "ipv6_cidr_blocks"]
	_any_public(lib.get(rule, key, []))
	v := lib.violation(r, ["ingress", i, key], _msg(r, "security group"))
}

# aws_security_group_rule with type = "ingress".
deny contains v if {
	some r in lib.resources("aws_security_group_rule")
	lib.equals(lib.get(r.attributes, "type", null), "ingress")
	_exposes_admin(lib.get(r.attributes, "protocol", null), lib.get(r.attributes, "from_port", null), lib.get(r.attributes, "to_port", null))
	some key in ["cidr_blocks", "ipv6_cidr_blocks"]
	_any_public(lib.get(r.attributes, key, []))
	v := lib.violation(r, [key], _msg(r, "security group rule"))
}

# aws_vpc_security_group_ingress_rule (AWS provider v5+): one CIDR per rule;
# ip_protocol "-1" means all protocols and ports (from_port/to_port unset).
deny contains v if {
	some r in lib.resources("aws_vpc_security_group_ingress_rule")
	_exposes_admin(lib.get(r.attributes, "ip_protocol", null), lib.get(r.attributes, "from_port", null), lib.get(r.attributes, "to_port", null))
	some key in ["cidr_ipv4", "cidr_ipv6"]
	lib.is_public_cidr(lib.get(r.attributes, key, null))
	v := lib.violation(r, [key], _msg(r, "security group ingress rule"))
}
