package gcp.network.firewall_admin_ports_test

import data.gcp.network.firewall_admin_ports as rule
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

test_ssh_and_rdp if {
	_deny([_fw({"allow": [{"protocol": "tcp", "ports": ["22"]}]})]) == {"google_compute_firewall.fw:source_ranges"}
	_deny([_fw({"allow": [{"protocol": "tcp", "ports": ["80", "3000-4000"]}], "source_ranges": ["::/0"]})]) == {"google_compute_firewall.fw:source_ranges"}
	_deny([_fw({"allow": [{"protocol": "icmp"}, {"protocol": "TCP", "ports": [22]}], "direction": "INGRESS"})]) == {"google_compute_firewall.fw:source_ranges"}
}

test_near_misses_pass if {
	_deny([
		_fw({"allow": [{"protocol": "tcp", "ports": ["443"]}]}),
		t.resource("google_compute_firewall", "office", {"source_ranges": ["203.0.113.0/24"], "allow": [{"protocol": "tcp", "ports": ["22"]}]}),
		t.resource("google_compute_firewall", "off", {"disabled": true, "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["22"]}]}),
		t.resource("google_compute_firewall", "egress", {"direction": "EGRESS", "destination_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["22"]}]}),
		t.resource("google_compute_firewall", "deny", {"source_ranges": ["0.0.0.0/0"], "deny": [{"protocol": "tcp", "ports": ["22"]}]}),
		t.resource("google_compute_firewall", "udp", {"source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "udp", "ports": ["3389"]}]}),
	]) == set()
}

test_all_ports_left_to_net_002 if {
	_deny([_fw({"allow": [{"protocol": "all"}]})]) == set()
	_deny([_fw({"allow": [{"protocol": "tcp"}]})]) == set()
	_deny([_fw({"allow": [{"protocol": "tcp", "ports": ["0-65535"]}]})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_fw({"source_ranges": [t.unknown("var.admin_range")], "allow": [{"protocol": "tcp", "ports": ["22"]}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_compute_firewall.fw:source_ranges"}
	ps := [_fw({"allow": [{"protocol": "tcp", "ports": t.unknown("var.ports")}]})]
	_deny(ps) == set()
	_deny_pessimistic(ps) == {"google_compute_firewall.fw:source_ranges"}
}
