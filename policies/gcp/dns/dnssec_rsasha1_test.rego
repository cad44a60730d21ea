package gcp.dns.dnssec_rsasha1_test

import data.gcp.dns.dnssec_rsasha1 as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_zone(specs) := t.resource("google_dns_managed_zone", "z", {"dnssec_config": [{"state": "on", "default_key_specs": specs}]})

test_rsasha1 if {
	_deny([_zone([
		{"algorithm": "rsasha256", "key_length": 2048, "key_type": "keySigning"},
		{"algorithm": "RSASHA1", "key_length": 1024, "key_type": "zoneSigning"},
	])]) == {"google_dns_managed_zone.z:dnssec_config.0.default_key_specs.1.algorithm"}
}

test_strong_algorithms_pass if {
	_deny([_zone([{"algorithm": "ecdsap256sha256", "key_type": "keySigning"}, {"algorithm": "rsasha256", "key_type": "zoneSigning"}])]) == set()
	_deny([t.resource("google_dns_managed_zone", "d", {"dnssec_config": [{"state": "on"}]})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_zone([{"algorithm": t.unknown("var.algorithm"), "key_type": "keySigning"}])]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_dns_managed_zone.z:dnssec_config.0.default_key_specs.0.algorithm"}
}
