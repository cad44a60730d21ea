package aws.ec2.public_ingress_admin_test

import data.aws.ec2.public_ingress_admin as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_sg(ingress) := t.resource("aws_security_group", "web", {"ingress": ingress})

test_inline_ssh_from_anywhere if {
	_deny([_sg([{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}])]) == {"aws_security_group.web:ingress.0.cidr_blocks"}
}

test_inline_rdp_ipv6_and_range if {
	_deny([_sg([
		{"from_port": 80, "to_port": 80, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]},
		{"from_port": 3000, "to_port": 4000, "protocol": "tcp", "ipv6_cidr_blocks": ["::/0"]},
	])]) == {"aws_security_group.web:ingress.1.ipv6_cidr_blocks"}
}

test_inline_all_traffic if {
	_deny([_sg([{"from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["10.0.0.0/8", "0.0.0.0/0"]}])]) == {"aws_security_group.web:ingress.0.cidr_blocks"}
	_deny([_sg([{"from_port": 0, "to_port": 65535, "protocol": "TCP", "cidr_blocks": ["0.0.0.0/0"]}])]) == {"aws_security_group.web:ingress.0.cidr_blocks"}
	_deny([_sg([{"from_port": 0, "to_port": 0, "protocol": -1, "cidr_blocks": ["0.0.0.0/0"]}])]) == {"aws_security_group.web:ingress.0.cidr_blocks"}
}

test_inline_near_misses_pass if {
	_deny([_sg([
		{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8"]},
		{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]},
		{"from_port": -1, "to_port": -1, "protocol": "icmp", "cidr_blocks": ["0.0.0.0/0"]},
		{"from_port": 22, "to_port": 22, "protocol": "tcp", "security_groups": ["sg-123"]},
	])]) == set()
}

test_egress_is_ignored if {
	_deny([t.resource("aws_security_group", "web", {"egress": [{"from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"]}]})]) == set()
}

test_security_group_rule if {
	r := t.resource("aws_security_group_rule", "ssh", {"type": "ingress", "from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]})
	_deny([r]) == {"aws_security_group_rule.ssh:cidr_blocks"}
	egress := t.resource("aws_security_group_rule", "out", {"type": "egress", "from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"]})
	_deny([egress]) == set()
}

test_vpc_ingress_rule if {
	r := t.resource("aws_vpc_security_group_ingress_rule", "rdp", {"ip_protocol": "tcp", "from_port": 3389, "to_port": 3389, "cidr_ipv4": "0.0.0.0/0"})
	_deny([r]) == {"aws_vpc_security_group_ingress_rule.rdp:cidr_ipv4"}
	all := t.resource("aws_vpc_security_group_ingress_rule", "all", {"ip_protocol": "-1", "cidr_ipv6": "::/0"})
	_deny([all]) == {"aws_vpc_security_group_ingress_rule.all:cidr_ipv6"}
	https := t.resource("aws_vpc_security_group_ingress_rule", "https", {"ip_protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_ipv4": "0.0.0.0/0"})
	_deny([https]) == set()
}

test_unknown_cidr_is_inconclusive if {
	rs := [_sg([{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": [t.unknown("var.admin_cidr")]}])]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_security_group.web:ingress.0.cidr_blocks"}
}

test_unknown_port_is_inconclusive if {
	rs := [t.resource("aws_security_group_rule", "r", {"type": "ingress", "from_port": t.unknown("var.port"), "to_port": t.unknown("var.port"), "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_security_group_rule.r:cidr_blocks"}
}

test_unknown_dynamic_ingress_is_inconclusive if {
	rs := [t.resource("aws_security_group", "web", {"ingress": t.unknown("var.rules")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_security_group.web:ingress.0.cidr_blocks", "aws_security_group.web:ingress.0.ipv6_cidr_blocks"}
}

test_unknown_value_that_cannot_matter_stays_clean if {
	# a known private CIDR decides, whatever the unknown port
	rs := [_sg([{"from_port": t.unknown("var.port"), "to_port": t.unknown("var.port"), "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8"]}])]
	_deny_pessimistic(rs) == set()
}
