package gcp.network.default_network_test

import data.gcp.network.default_network as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_defaults_and_true if {
	_deny([
		t.resource("google_project", "p", {"project_id": "acme-prod"}),
		t.resource("google_compute_network", "n", {"name": "n"}),
		t.resource("google_compute_network", "auto", {"auto_create_subnetworks": true}),
	]) == {"google_project.p:auto_create_network", "google_compute_network.n:auto_create_subnetworks", "google_compute_network.auto:auto_create_subnetworks"}
}

test_custom_mode_passes if {
	_deny([
		t.resource("google_project", "p", {"auto_create_network": false}),
		t.resource("google_compute_network", "n", {"auto_create_subnetworks": false}),
	]) == set()
}

test_network_fix_replaces if {
	i := t.input_of([t.resource("google_compute_network", "n", {})])
	some v in rule.deny with input as i
	v.fix.replaces == true
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_compute_network", "n", {"auto_create_subnetworks": t.unknown("var.auto")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_compute_network.n:auto_create_subnetworks"}
}
