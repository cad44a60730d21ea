package gcp.gke.network_policy_test

import data.gcp.gke.network_policy as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_no_enforcement if {
	_deny([t.resource("google_container_cluster", "c", {})]) == {"google_container_cluster.c:datapath_provider"}
	_deny([t.resource("google_container_cluster", "c", {"datapath_provider": "LEGACY_DATAPATH", "network_policy": [{"enabled": false}]})]) == {"google_container_cluster.c:network_policy.0.enabled"}
}

test_enforced_and_autopilot_pass if {
	_deny([
		t.resource("google_container_cluster", "a", {"datapath_provider": "ADVANCED_DATAPATH"}),
		t.resource("google_container_cluster", "b", {"network_policy": [{"enabled": true, "provider": "CALICO"}]}),
		t.resource("google_container_cluster", "c", {"enable_autopilot": true}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_container_cluster", "c", {"datapath_provider": t.unknown("var.datapath")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_container_cluster.c:datapath_provider"}
}

test_fix_replaces_the_cluster if {
	some v in rule.deny with input as t.input_of([t.resource("google_container_cluster", "c", {})])
	v.fix.replaces == true
	v.fix.actions == [{"op": "set", "path": ["datapath_provider"], "value": "ADVANCED_DATAPATH"}]
}
