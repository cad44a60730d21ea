package aws.elb.http_listener_test

import data.aws.elb.http_listener as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_forward := {"type": "forward", "target_group_arn": t.unknown("aws_lb_target_group.app.arn")}

_https_redirect := {"type": "redirect", "redirect": [{"port": "443", "protocol": "HTTPS", "status_code": "HTTP_301"}]}

_lb := t.resource("aws_lb", "web", {"load_balancer_type": "application"})

_listener(name, attrs) := t.refs(t.resource("aws_lb_listener", name, attrs), ["aws_lb.web"])

test_http_forward if {
	_deny([_lb, _listener("http", {"port": 80, "protocol": "HTTP", "default_action": [_forward]})]) == {"aws_lb_listener.http:protocol"}
	_deny([_lb, _listener("http", {"port": 80, "default_action": [_forward]})]) == {"aws_lb_listener.http:protocol"}
	_deny([t.resource("aws_alb_listener", "a", {"port": 80, "protocol": "http", "default_action": [_forward]})]) == {"aws_alb_listener.a:protocol"}
}

test_http_redirect_without_https if {
	plain := {"type": "redirect", "redirect": [{"host": "example.com", "status_code": "HTTP_302"}]}
	_deny([_listener("http", {"port": 80, "protocol": "HTTP", "default_action": [plain]})]) == {"aws_lb_listener.http:protocol"}
}

test_secure_listeners_pass if {
	_deny([
		_lb,
		_listener("redirect", {"port": 80, "protocol": "HTTP", "default_action": [_https_redirect]}),
		_listener("fixed", {"port": 80, "protocol": "HTTP", "default_action": [{"type": "fixed-response"}]}),
		_listener("https", {"port": 443, "protocol": "HTTPS", "default_action": [_forward]}),
		_listener("tcp", {"port": 5432, "protocol": "TCP", "default_action": [_forward]}),
	]) == set()
	gwlb := t.resource("aws_lb", "gw", {"load_balancer_type": "gateway"})
	gl := t.refs(t.resource("aws_lb_listener", "gw", {"default_action": [_forward]}), ["aws_lb.gw"])
	_deny([gwlb, gl]) == set()
	nlb := t.resource("aws_lb", "web", {"load_balancer_type": "network"})
	_deny([nlb, _listener("n", {"port": 80, "default_action": [_forward]})]) == set()
}

test_listener_rules_on_http_listeners if {
	http := _listener("http", {"port": 80, "protocol": "HTTP", "default_action": [{"type": "fixed-response"}]})
	https := _listener("https", {"port": 443, "protocol": "HTTPS", "default_action": [_forward]})
	api := t.refs(t.resource("aws_lb_listener_rule", "api", {"action": [_forward]}), ["aws_lb_listener.http"])
	secure := t.refs(t.resource("aws_lb_listener_rule", "secure", {"action": [_forward]}), ["aws_lb_listener.https"])
	moved := t.refs(t.resource("aws_alb_listener_rule", "moved", {"action": [_https_redirect]}), ["aws_lb_listener.http"])
	_deny([_lb, http, https, api, secure, moved]) == {"aws_lb_listener_rule.api:action.0.type"}
}

test_fix_only_with_https_listener if {
	http := _listener("http", {"port": 80, "protocol": "HTTP", "default_action": [_forward]})
	https := _listener("https", {"port": 443, "protocol": "HTTPS", "default_action": [_forward]})
	some v in rule.deny with input as t.input_of([_lb, http, https])
	v.fix.actions == [
		{"op": "set", "path": ["default_action", 0, "type"], "value": "redirect"},
		{"op": "remove", "path": ["default_action", 0, "target_group_arn"]},
		{"op": "add_block", "path": ["default_action", 0, "redirect"], "value": {"port": "443", "protocol": "HTTPS", "status_code": "HTTP_301"}},
	]
	some w in rule.deny with input as t.input_of([_lb, http])
	not "fix" in object.keys(w)
}

test_unknown_is_inconclusive if {
	proto := [_listener("http", {"port": 80, "protocol": t.unknown("var.protocol"), "default_action": [_forward]})]
	_deny(proto) == set()
	_deny_pessimistic(proto) == {"aws_lb_listener.http:protocol"}
	act := [_listener("http", {"port": 80, "protocol": "HTTP", "default_action": [{"type": t.unknown("var.action")}]})]
	_deny(act) == set()
	_deny_pessimistic(act) == {"aws_lb_listener.http:protocol"}
	redir := [_listener("http", {"port": 80, "protocol": "HTTP", "default_action": [{"type": "redirect", "redirect": [{"protocol": t.unknown("var.p")}]}]})]
	_deny(redir) == set()
	_deny_pessimistic(redir) == {"aws_lb_listener.http:protocol"}
	lbtype := [t.resource("aws_lb", "web", {"load_balancer_type": t.unknown("var.type")}), _listener("l", {"port": 80, "default_action": [_forward]})]
	_deny(lbtype) == set()
	_deny_pessimistic(lbtype) == {"aws_lb_listener.l:protocol"}
}
