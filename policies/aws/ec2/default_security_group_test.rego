package aws.ec2.default_security_group_test

import data.aws.ec2.default_security_group as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_rule := {"from_port": 0, "to_port": 0, "protocol": "-1", "self": true}

test_rules_in_default_group if {
	_deny([t.resource("aws_default_security_group", "default", {"vpc_id": "vpc-1", "ingress": [_rule], "egress": [_rule, _rule]})]) == {
		"aws_default_security_group.default:ingress.0",
		"aws_default_security_group.default:egress.0",
		"aws_default_security_group.default:egress.1",
	}
}

test_empty_default_group_passes if {
	_deny([t.resource("aws_default_security_group", "default", {"vpc_id": "vpc-1"})]) == set()
	_deny([t.resource("aws_default_security_group", "default", {"vpc_id": "vpc-1", "ingress": [], "egress": []})]) == set()
}

test_other_groups_are_ignored if {
	_deny([t.resource("aws_security_group", "web", {"ingress": [_rule]})]) == set()
}

test_unknown_dynamic_rules_are_inconclusive if {
	# a dynamic block over an unknown list may expand to no block at all
	rs := [t.resource("aws_default_security_group", "default", {"ingress": t.unknown("var.rules")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_default_security_group.default:ingress.0"}
}

test_rule_resources_on_the_default_group if {
	via_vpc := t.resource("aws_security_group_rule", "ssh", {"type": "ingress", "security_group_id": t.unknown("aws_vpc.main.default_security_group_id")})
	_deny([via_vpc]) == {"aws_security_group_rule.ssh:security_group_id"}
	via_default := t.resource("aws_vpc_security_group_egress_rule", "all", {"security_group_id": t.unknown("aws_default_security_group.default.id")})
	_deny([via_default]) == {"aws_vpc_security_group_egress_rule.all:security_group_id"}
	indexed := t.resource("aws_vpc_security_group_ingress_rule", "in", {"security_group_id": t.unknown(`aws_vpc.main["a"].default_security_group_id`)})
	_deny([indexed]) == {"aws_vpc_security_group_ingress_rule.in:security_group_id"}
}

test_rule_resources_on_other_groups_pass if {
	_deny([
		t.resource("aws_security_group_rule", "a", {"security_group_id": t.unknown("aws_security_group.web.id")}),
		t.resource("aws_security_group_rule", "b", {"security_group_id": t.unknown("var.sg_id")}),
		t.resource("aws_security_group_rule", "c", {"security_group_id": "sg-0123"}),
		t.resource("aws_security_group_rule", "d", {"security_group_id": t.unknown("module.vpc.default_security_group_id")}),
	]) == set()
}
