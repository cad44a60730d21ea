package gcp.gke.client_certificate_test

import data.gcp.gke.client_certificate as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_cluster(issue) := t.resource("google_container_cluster", "c", {"master_auth": [{"client_certificate_config": [{"issue_client_certificate": issue}]}]})

test_client_certificate if {
	_deny([_cluster(true)]) == {"google_container_cluster.c:master_auth.0.client_certificate_config.0.issue_client_certificate"}
}

test_off_and_absent_pass if {
	_deny([_cluster(false)]) == set()
	_deny([t.resource("google_container_cluster", "d", {})]) == set()
	_deny([t.resource("google_container_cluster", "e", {"master_auth": [{}]})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_cluster(t.unknown("var.client_cert"))]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_container_cluster.c:master_auth.0.client_certificate_config.0.issue_client_certificate"}
}
