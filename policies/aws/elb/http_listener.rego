# METADATA
# title: Load balancer listeners must not serve plain HTTP
# description: >-
#   An HTTP listener that forwards requests to the application, instead of
#   redirecting them to HTTPS, carries sessions, credentials and data in
#   clear between users and the load balancer.
# custom:
#   id: AWS-ELB-001
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Serve the application on an HTTPS listener (port 443 with a
#     certificate) and make the HTTP listener's default_action a redirect:
#     type = "redirect" with redirect { port = "443", protocol = "HTTPS",
#     status_code = "HTTP_301" }. The automatic fix is offered only when the
#     same load balancer has an HTTPS listener on port 443 in the
#     configuration. Listener rules (aws_lb_listener_rule) attached to an
#     HTTP listener must not forward either: move them to the HTTPS listener.
#   equivalents:
#     checkov: [CKV_AWS_2]
#     tfsec: [aws-elb-http-not-used]
#     trivy: [AVD-AWS-0054]
#   defaults:
#     - attribute: protocol
#       value: HTTP
#       source: hashicorp/aws, application load balancers
#     - attribute: default_action.redirect.protocol
#       value: "#{protocol}"
#       source: hashicorp/aws, keeps the request's protocol
#   fix: true
package aws.elb.http_listener

import data.lib

_types := ["aws_lb_listener", "aws_alb_listener"]

_lb_types := ["aws_lb", "aws_alb"]

# An HTTP listener one of whose default actions forwards (possibly after an
# authenticate action) or redirects without switching to HTTPS. A
# fixed-response default serves no application content and is not judged.
deny contains v if {
	some t in _types
	some r in lib.resources(t)
	_http(r)
	actions := lib.blocks(r.attributes, "default_action")
	some a in actions
	_plain(a)
	path := ["protocol"] # the resource line when protocol is left out
	msg := sprintf(`listener %q serves plain HTTP; redirect it to HTTPS with a default_action of type "redirect" and protocol = "HTTPS"`, [r.name])
	v := lib.violation_with_fixes(r, path, msg, [f | f := _redirect_fix(r, actions)])
}

# A listener rule on an HTTP listener that forwards matching requests to
# the application serves them in clear, whatever the listener's default.
deny contains v if {
	some rt in ["aws_lb_listener_rule", "aws_alb_listener_rule"]
	some rule in lib.resources(rt)
	some t in _types
	some listener in lib.references(rule, t)
	_http(listener)
	some i, a in lib.blocks(rule.attributes, "action")
	_plain(a)
	path := ["action", i, "type"]
	msg := sprintf(`listener rule %q forwards plain HTTP requests from listener %q; attach it to an HTTPS listener or redirect to HTTPS`, [rule.name, listener.name])
	v := lib.violation(rule, path, msg)
}

# protocol set to HTTP, any case.
_http(r) if lib.equals_ignore_case(lib.get(r.attributes, "protocol", null), "HTTP")

# protocol absent: HTTP on an application load balancer. A gateway load
# balancer's listener has neither protocol nor port, and a network load
# balancer's listener cannot leave protocol out.
_http(r) if {
	lib.is_absent(r.attributes, "protocol")
	not lib.is_absent(r.attributes, "port")
	every lb in _load_balancers(r) {
		lib.equals_ignore_case(lib.get(lb.attributes, "load_balancer_type", "application"), "application")
	}
}

_load_balancers(r) := [lb |
	some t in _lb_types
	some lb in lib.references(r, t)
]

_plain(a) if lib.equals_ignore_case(lib.get(a, "type", null), "forward")

_plain(a) if {
	lib.equals_ignore_case(lib.get(a, "type", null), "redirect")
	some redirect in lib.blocks(a, "redirect")
	_not_https(lib.get(redirect, "protocol", "#{protocol}"))
}

_plain(a) if {
	lib.is_unknown(a)
	lib.pessimistic
}

# _not_https(p): the redirect protocol is not HTTPS ("#{protocol}", the
# default, keeps HTTP).
_not_https(p) if {
	is_string(p)
	upper(p) != "HTTPS"
}

_not_https(p) if {
	lib.is_unknown(p)
	lib.pessimistic
}

# The fix turns the only default action into a redirect to HTTPS on 443,
# but only when the load balancer has a known HTTPS listener on port 443:
# otherwise the redirect would lead nowhere.
_redirect_fix(r, actions) := fix if {
	count(actions) == 1
	a := actions[0]
	is_object(a)
	lib.is_known(a)
	_has_https_443(r)
	removals := [{"op": "remove", "path": ["default_action", 0, key]} |
		some key in ["target_group_arn", "forward"]
		not lib.is_absent(a, key)
	]
	fix := {
		"description": "Redirect HTTP to HTTPS on port 443 (HTTP 301)",
		"actions": array.concat(
			array.concat([{"op": "set", "path": ["default_action", 0, "type"], "value": "redirect"}], removals),
			[{"op": "add_block", "path": ["default_action", 0, "redirect"], "value": {"port": "443", "protocol": "HTTPS", "status_code": "HTTP_301"}}],
		),
	}
	lib.equals_ignore_case(lib.get(a, "type", null), "forward")
}

_has_https_443(r) if {
	some lb in _load_balancers(r)
	some t in _types
	some other in lib.referrers(lb, t)
	other.id != r.id
	lib.get(other.attributes, "protocol", null) in {"HTTPS", "https"}
	lib.number(lib.get(other.attributes, "port", null)) == 443
}
