package gcp.network.subnet_flow_logs_test

import data.gcp.network.subnet_flow_logs as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_no_log_config if {
	_deny([t.resource("google_compute_subnetwork", "s", {"ip_cidr_range": "10.0.0.0/24"})]) == {"google_compute_subnetwork.s:log_config"}
	_deny([t.resource("google_compute_subnetwork", "s", {"purpose": "PRIVATE", "log_config": []})]) == {"google_compute_subnetwork.s:log_config"}
}

test_logging_and_proxy_subnets_pass if {
	_deny([
		t.resource("google_compute_subnetwork", "s", {"log_config": [{"aggregation_interval": "INTERVAL_5_SEC"}]}),
		t.resource("google_compute_subnetwork", "proxy", {"purpose": "REGIONAL_MANAGED_PROXY", "role": "ACTIVE"}),
		t.resource("google_compute_subnetwork", "psc", {"purpose": "PRIVATE_SERVICE_CONNECT"}),
		t.resource("google_compute_subnetwork", "v3", {"enable_flow_logs": true}),
	]) == set()
}

test_fix_adds_block if {
	i := t.input_of([t.resource("google_compute_subnetwork", "s", {})])
	some v in rule.deny with input as i
	v.fix.actions[0].op == "add_block"
	v.fix.actions[0].path == ["log_config"]
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_compute_subnetwork", "s", {"log_config": t.unknown("var.log_config")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_compute_subnetwork.s:log_config"}
	ps := [t.resource("google_compute_subnetwork", "s", {"purpose": t.unknown("var.purpose")})]
	_deny(ps) == set()
	_deny_pessimistic(ps) == {"google_compute_subnetwork.s:log_config"}
}
