package aws.ec2.nacl_public_ingress_test

import data.aws.ec2.nacl_public_ingress as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_acl(ingress) := t.resource("aws_network_acl", "public", {"ingress": ingress})

_entry(attrs) := object.union({"rule_no": 100, "action": "allow", "from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_block": "0.0.0.0/0"}, attrs)

test_inline_ssh_from_anywhere if {
	_deny([_acl([_entry({})])]) == {"aws_network_acl.public:ingress.0.cidr_block"}
}

test_inline_all_traffic_and_ranges if {
	_deny([_acl([
		_entry({"protocol": "-1", "from_port": 0, "to_port": 0}),
		_entry({"protocol": "6", "from_port": 1024, "to_port": 65535}),
		_entry({"protocol": "tcp", "from_port": 3000, "to_port": 4000, "cidr_block": null, "ipv6_cidr_block": "::/0"}),
		_entry({"protocol": "tcp", "from_port": 0, "to_port": 65535}),
	])]) == {"aws_network_acl.public:ingress.0.cidr_block", "aws_network_acl.public:ingress.2.ipv6_cidr_block", "aws_network_acl.public:ingress.3.cidr_block"}
	_deny([_acl([_entry({"protocol": -1, "from_port": 0, "to_port": 0})])]) == {"aws_network_acl.public:ingress.0.cidr_block"}
	_deny([t.resource("aws_default_network_acl", "default", {"ingress": [_entry({"protocol": "all", "from_port": 0, "to_port": 0})]})]) == {"aws_default_network_acl.default:ingress.0.cidr_block"}
}

test_inline_near_misses_pass if {
	_deny([_acl([
		_entry({"action": "deny"}),
		_entry({"cidr_block": "10.0.0.0/8"}),
		_entry({"from_port": 443, "to_port": 443}),
		_entry({"protocol": "icmp", "from_port": 0, "to_port": 0}),
	])]) == set()
	_deny([t.resource("aws_network_acl", "out", {"egress": [_entry({"protocol": "-1"})]})]) == set()
}

test_acl_rule_resource if {
	r := t.resource("aws_network_acl_rule", "rdp", {"rule_number": 100, "egress": false, "protocol": "tcp", "rule_action": "allow", "cidr_block": "0.0.0.0/0", "from_port": 3389, "to_port": 3389})
	_deny([r]) == {"aws_network_acl_rule.rdp:cidr_block"}
	abs := t.resource("aws_network_acl_rule", "all", {"rule_number": 100, "protocol": "-1", "rule_action": "ALLOW", "ipv6_cidr_block": "::/0"})
	_deny([abs]) == {"aws_network_acl_rule.all:ipv6_cidr_block"}
	egress := t.resource("aws_network_acl_rule", "eg", {"rule_number": 100, "egress": true, "protocol": "-1", "rule_action": "allow", "cidr_block": "0.0.0.0/0"})
	_deny([egress]) == set()
	deny_rule := t.resource("aws_network_acl_rule", "block", {"rule_number": 90, "protocol": "tcp", "rule_action": "deny", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22})
	_deny([deny_rule]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_acl([_entry({"cidr_block": t.unknown("var.admin_cidr")})])]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_network_acl.public:ingress.0.cidr_block"}
	port := [t.resource("aws_network_acl_rule", "r", {"protocol": "tcp", "rule_action": "allow", "cidr_block": "0.0.0.0/0", "from_port": t.unknown("var.port"), "to_port": t.unknown("var.port")})]
	_deny(port) == set()
	_deny_pessimistic(port) == {"aws_network_acl_rule.r:cidr_block"}
}
