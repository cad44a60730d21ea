package gcp.gke.master_authorized_networks_test

import data.gcp.gke.master_authorized_networks as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_open_endpoint if {
	_deny([t.resource("google_container_cluster", "c", {})]) == {"google_container_cluster.c:master_authorized_networks_config"}
	_deny([t.resource("google_container_cluster", "c", {"private_cluster_config": [{"enable_private_nodes": true, "enable_private_endpoint": false}]})]) == {"google_container_cluster.c:master_authorized_networks_config"}
	_deny([t.resource("google_container_cluster", "c", {"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "0.0.0.0/0"}]}]})]) == {"google_container_cluster.c:master_authorized_networks_config.0.cidr_blocks.0.cidr_block"}
}

test_restricted_or_private_pass if {
	_deny([
		t.resource("google_container_cluster", "a", {"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "203.0.113.0/24", "display_name": "office"}]}]}),
		t.resource("google_container_cluster", "b", {"private_cluster_config": [{"enable_private_nodes": true, "enable_private_endpoint": true, "master_ipv4_cidr_block": "172.16.0.0/28"}]}),
		t.resource("google_container_cluster", "c", {"control_plane_endpoints_config": [{"ip_endpoints_config": [{"enabled": false}]}]}),
		t.resource("google_container_cluster", "d", {"master_authorized_networks_config": [{}]}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_container_cluster", "c", {"private_cluster_config": [{"enable_private_endpoint": t.unknown("var.private_endpoint")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_container_cluster.c:master_authorized_networks_config"}
	cs := [t.resource("google_container_cluster", "c", {"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": t.unknown("var.admin_cidr")}]}]})]
	_deny(cs) == set()
	_deny_pessimistic(cs) == {"google_container_cluster.c:master_authorized_networks_config.0.cidr_blocks.0.cidr_block"}
}

test_fixes if {
	some a in rule.deny with input as t.input_of([t.resource("google_container_cluster", "c", {})])
	a.fix.template == true
	open := t.resource("google_container_cluster", "c", {"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "0.0.0.0/0"}]}]})
	some b in rule.deny with input as t.input_of([open])
	b.fix.actions == [{"op": "remove", "path": ["master_authorized_networks_config", 0, "cidr_blocks", 0]}]
}
