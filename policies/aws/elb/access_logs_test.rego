package aws.elb.access_logs_test

import data.aws.elb.access_logs as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_no_access_logs if {
	_deny([t.resource("aws_lb", "web", {})]) == {"aws_lb.web:"}
	_deny([t.resource("aws_elb", "classic", {})]) == {"aws_elb.classic:"}
	i := t.input_of([t.resource("aws_alb", "web", {})])
	some v in rule.deny with input as i
	v.fix.template == true
	v.fix.actions[0].op == "add_block"
}

test_disabled_access_logs if {
	_deny([t.resource("aws_lb", "web", {"access_logs": [{"bucket": "logs"}]})]) == {"aws_lb.web:access_logs.0.enabled"}
	_deny([t.resource("aws_elb", "classic", {"access_logs": [{"bucket": "logs", "enabled": false}]})]) == {"aws_elb.classic:access_logs.0.enabled"}
	i := t.input_of([t.resource("aws_lb", "web", {"access_logs": [{"bucket": "logs", "enabled": false}]})])
	some v in rule.deny with input as i
	v.fix.actions == [{"op": "set", "path": ["access_logs", 0, "enabled"], "value": true}]
	not v.fix.template
}

test_enabled_and_other_types_pass if {
	_deny([
		t.resource("aws_lb", "web", {"access_logs": [{"bucket": "logs", "enabled": true}]}),
		t.resource("aws_elb", "classic", {"access_logs": [{"bucket": "logs"}]}),
		t.resource("aws_lb", "nlb", {"load_balancer_type": "network"}),
		t.resource("aws_lb", "gwlb", {"load_balancer_type": "gateway"}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_lb", "web", {"access_logs": [{"bucket": "logs", "enabled": t.unknown("var.logs")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_lb.web:access_logs.0.enabled"}
	dyn := [t.resource("aws_lb", "web", {"access_logs": t.unknown("var.access_logs")})]
	_deny(dyn) == set()
	_deny_pessimistic(dyn) == {"aws_lb.web:access_logs.0.enabled"}
}
