package aws.elb.drop_invalid_headers_test

import data.aws.elb.drop_invalid_headers as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_invalid_headers_forwarded if {
	_deny([t.resource("aws_lb", "web", {})]) == {"aws_lb.web:drop_invalid_header_fields"}
	_deny([t.resource("aws_alb", "old", {"load_balancer_type": "application", "drop_invalid_header_fields": false})]) == {"aws_alb.old:drop_invalid_header_fields"}
	i := t.input_of([t.resource("aws_lb", "web", {})])
	some v in rule.deny with input as i
	v.fix.actions == [{"op": "set", "path": ["drop_invalid_header_fields"], "value": true}]
}

test_dropping_and_other_types_pass if {
	_deny([
		t.resource("aws_lb", "web", {"drop_invalid_header_fields": true}),
		t.resource("aws_lb", "nlb", {"load_balancer_type": "network"}),
		t.resource("aws_lb", "gwlb", {"load_balancer_type": "gateway"}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_lb", "web", {"drop_invalid_header_fields": t.unknown("var.drop")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_lb.web:drop_invalid_header_fields"}
	kind := [t.resource("aws_lb", "lb", {"load_balancer_type": t.unknown("var.type")})]
	_deny(kind) == set()
	_deny_pessimistic(kind) == {"aws_lb.lb:drop_invalid_header_fields"}
}
