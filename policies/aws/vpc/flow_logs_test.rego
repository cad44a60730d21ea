package aws.vpc.flow_logs_test

import data.aws.vpc.flow_logs as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_vpc := t.resource("aws_vpc", "main", {"cidr_block": "10.0.0.0/16"})

_flow_log(vpc_id, refs) := t.refs(t.resource("aws_flow_log", "main", {"vpc_id": vpc_id, "traffic_type": "ALL"}), refs)

test_vpc_without_flow_log if {
	_deny([_vpc]) == {"aws_vpc.main:"}
	i := t.input_of([_vpc])
	some v in rule.deny with input as i
	v.fix.template == true
	v.fix.actions[0].value.expressions == {"vpc_id": "aws_vpc.main.id"}
}

test_flow_log_for_another_vpc if {
	other := t.resource("aws_vpc", "other", {})
	_deny([_vpc, other, _flow_log(t.unknown("aws_vpc.other.id"), ["aws_vpc.other"])]) == {"aws_vpc.main:"}
	_deny([_vpc, _flow_log("vpc-0123456789", [])]) == {"aws_vpc.main:"}
}

test_vpc_with_flow_log_passes if {
	_deny([_vpc, _flow_log(t.unknown("aws_vpc.main.id"), ["aws_vpc.main"])]) == set()
	_deny_pessimistic([_vpc, _flow_log(t.unknown("aws_vpc.main.id"), ["aws_vpc.main"])]) == set()
}

test_floating_flow_log_is_inconclusive if {
	rs := [_vpc, _flow_log(t.unknown("var.vpc_id"), [])]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_vpc.main:"}
	i := t.input_of(rs)
	some v in rule.deny with input as i with data.preflight.pessimistic as true
	v.related == {"aws_flow_log.main"}
}

test_flow_log_that_may_not_exist_is_inconclusive if {
	rs := [_vpc, t.may_not_exist(_flow_log(t.unknown("aws_vpc.main.id"), ["aws_vpc.main"]))]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_vpc.main:"}
}
