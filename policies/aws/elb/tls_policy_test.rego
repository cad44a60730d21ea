package aws.elb.tls_policy_test

import data.aws.elb.tls_policy as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_l(attrs) := t.resource("aws_lb_listener", "l", attrs)

test_weak_policies if {
	_deny([_l({"protocol": "HTTPS"})]) == {"aws_lb_listener.l:ssl_policy"}
	_deny([_l({"protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-2016-08"})]) == {"aws_lb_listener.l:ssl_policy"}
	_deny([_l({"protocol": "TLS", "ssl_policy": "ELBSecurityPolicy-TLS-1-1-2017-01"})]) == {"aws_lb_listener.l:ssl_policy"}
	_deny([_l({"protocol": "https", "ssl_policy": "ELBSecurityPolicy-TLS13-1-0-2021-06"})]) == {"aws_lb_listener.l:ssl_policy"}
	_deny([t.resource("aws_alb_listener", "a", {"protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-FS-2018-06"})]) == {"aws_alb_listener.a:ssl_policy"}
}

test_strong_policies_and_plain_listeners_pass if {
	_deny([_l({"protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"})]) == set()
	_deny([_l({"protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS-1-2-Ext-2018-06"})]) == set()
	_deny([_l({"protocol": "TLS", "ssl_policy": "ELBSecurityPolicy-FS-1-2-Res-2020-10"})]) == set()
	_deny([
		t.resource("aws_lb_listener", "http", {"protocol": "HTTP"}),
		t.resource("aws_lb_listener", "tcp", {"protocol": "TCP"}),
		t.resource("aws_lb_listener", "default", {"port": 80}),
	]) == set()
}

test_fix if {
	some v in rule.deny with input as t.input_of([_l({"protocol": "HTTPS"})])
	v.fix.actions == [{"op": "set", "path": ["ssl_policy"], "value": "ELBSecurityPolicy-TLS13-1-2-2021-06"}]
}

test_unknown_is_inconclusive if {
	rs := [_l({"protocol": "HTTPS", "ssl_policy": t.unknown("var.ssl_policy")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_lb_listener.l:ssl_policy"}
	proto := [_l({"protocol": t.unknown("var.protocol")})]
	_deny(proto) == set()
	_deny_pessimistic(proto) == {"aws_lb_listener.l:ssl_policy"}
}
