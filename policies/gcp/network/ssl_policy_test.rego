package gcp.network.ssl_policy_test

import data.gcp.network.ssl_policy as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_weak_policies if {
	_deny([t.resource("google_compute_ssl_policy", "p", {"name": "p"})]) == {"google_compute_ssl_policy.p:min_tls_version", "google_compute_ssl_policy.p:profile"}
	_deny([t.resource("google_compute_ssl_policy", "p", {"profile": "MODERN", "min_tls_version": "TLS_1_1"})]) == {"google_compute_ssl_policy.p:min_tls_version"}
	_deny([t.resource("google_compute_region_ssl_policy", "p", {"profile": "COMPATIBLE", "min_tls_version": "TLS_1_2"})]) == {"google_compute_region_ssl_policy.p:profile"}
}

test_proxies_without_policy if {
	_deny([
		t.resource("google_compute_target_https_proxy", "web", {"url_map": "m"}),
		t.resource("google_compute_target_ssl_proxy", "tcp", {"backend_service": "b"}),
	]) == {"google_compute_target_https_proxy.web:ssl_policy", "google_compute_target_ssl_proxy.tcp:ssl_policy"}
}

test_strong_passes if {
	_deny([
		t.resource("google_compute_ssl_policy", "p", {"profile": "MODERN", "min_tls_version": "TLS_1_2"}),
		t.resource("google_compute_ssl_policy", "r", {"profile": "RESTRICTED", "min_tls_version": "TLS_1_2"}),
		t.resource("google_compute_target_https_proxy", "web", {"url_map": "m", "ssl_policy": t.unknown("google_compute_ssl_policy.p.id")}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_compute_ssl_policy", "p", {"profile": "MODERN", "min_tls_version": t.unknown("var.min_tls")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_compute_ssl_policy.p:min_tls_version"}
}
