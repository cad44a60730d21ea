package gcp.network.firewall_all_ports_test

import data.gcp.network.firewall_all_ports as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_fw(attrs) := t.resource("google_compute_firewall", "fw", object.union({"network": "default", "source_ranges": ["0.0.0.0/0"]}, attrs))

test_all_protocols_and_ports if {
	_deny([_fw({"allow": [{"protocol": "all"}]})]) == {"google_compute_firewall.fw:source_ranges"}
	_deny([_fw({"allow": [{"protocol": "tcp"}]})]) == {"google_compute_firewall.fw:source_ranges"}
	_deny([_fw({"allow": [{"protocol": "udp", "ports": ["0-65535"]}], "source_ranges": ["::/0"]})]) == {"google_compute_firewall.fw:source_ranges"}
}

test_limited_or_private_pass if {
	_deny([
		_fw({"allow": [{"protocol": "tcp", "ports": ["443", "8000-9000"]}]}),
		t.resource("google_compute_firewall", "icmp", {"source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "icmp"}]}),
		t.resource("google_compute_firewall", "internal", {"source_ranges": ["10.0.0.0/8"], "allow": [{"protocol": "all"}]}),
		t.resource("google_compute_firewall", "tags", {"source_tags": ["web"], "allow": [{"protocol": "all"}]}),
		t.resource("google_compute_firewall", "off", {"disabled": true, "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "all"}]}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_fw({"allow": [{"protocol": t.unknown("var.protocol")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_compute_firewall.fw:source_ranges"}
	ss := [_fw({"source_ranges": t.unknown("var.sources"), "allow": [{"protocol": "all"}]})]
	_deny(ss) == set()
	_deny_pessimistic(ss) == {"google_compute_firewall.fw:source_ranges"}
}
