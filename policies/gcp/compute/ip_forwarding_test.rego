package gcp.compute.ip_forwarding_test

import data.gcp.compute.ip_forwarding as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_forwarding_on if {
	_deny([t.resource("google_compute_instance", "nat", {"can_ip_forward": true})]) == {"google_compute_instance.nat:can_ip_forward"}
	_deny([t.resource("google_compute_instance_template", "tpl", {"can_ip_forward": "true"})]) == {"google_compute_instance_template.tpl:can_ip_forward"}
}

test_off_and_absent_pass if {
	_deny([
		t.resource("google_compute_instance", "a", {}),
		t.resource("google_compute_instance", "b", {"can_ip_forward": false}),
	]) == set()
}

test_fix_replaces if {
	i := t.input_of([t.resource("google_compute_instance", "nat", {"can_ip_forward": true})])
	some v in rule.deny with input as i
	v.fix.replaces == true
	v.fix.actions[0].op == "remove"
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_compute_instance", "vm", {"can_ip_forward": t.unknown("var.forward")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_compute_instance.vm:can_ip_forward"}
}
