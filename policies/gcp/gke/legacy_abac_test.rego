package gcp.gke.legacy_abac_test

import data.gcp.gke.legacy_abac as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_abac_on if {
	_deny([t.resource("google_container_cluster", "c", {"enable_legacy_abac": true})]) == {"google_container_cluster.c:enable_legacy_abac"}
}

test_off_and_absent_pass if {
	_deny([
		t.resource("google_container_cluster", "a", {}),
		t.resource("google_container_cluster", "b", {"enable_legacy_abac": false}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_container_cluster", "c", {"enable_legacy_abac": t.unknown("var.abac")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_container_cluster.c:enable_legacy_abac"}
}
