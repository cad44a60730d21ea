package gcp.dns.dnssec_test

import data.gcp.dns.dnssec as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_unsigned_public_zone if {
	_deny([t.resource("google_dns_managed_zone", "z", {"dns_name": "acme.example."})]) == {"google_dns_managed_zone.z:dnssec_config"}
	_deny([t.resource("google_dns_managed_zone", "z", {"visibility": "public", "dnssec_config": [{"state": "off"}]})]) == {"google_dns_managed_zone.z:dnssec_config.0.state"}
	_deny([t.resource("google_dns_managed_zone", "z", {"dnssec_config": [{"kind": "dns#managedZoneDnsSecConfig"}]})]) == {"google_dns_managed_zone.z:dnssec_config.0.state"}
}

test_signed_and_private_pass if {
	_deny([
		t.resource("google_dns_managed_zone", "a", {"dnssec_config": [{"state": "on"}]}),
		t.resource("google_dns_managed_zone", "b", {"dnssec_config": [{"state": "transfer"}]}),
		t.resource("google_dns_managed_zone", "p", {"visibility": "private"}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_dns_managed_zone", "z", {"dnssec_config": [{"state": t.unknown("var.dnssec")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_dns_managed_zone.z:dnssec_config.0.state"}
	vs := [t.resource("google_dns_managed_zone", "z", {"visibility": t.unknown("var.visibility")})]
	_deny(vs) == set()
	_deny_pessimistic(vs) == {"google_dns_managed_zone.z:dnssec_config"}
}
