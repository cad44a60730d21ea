package gcp.compute.public_ip_test

import data.gcp.compute.public_ip as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_access_config if {
	_deny([t.resource("google_compute_instance", "vm", {"network_interface": [{"network": "default", "access_config": [{}]}]})]) == {"google_compute_instance.vm:network_interface.0.access_config"}
	_deny([t.resource("google_compute_instance_template", "tpl", {"network_interface": [{"network": "default", "ipv6_access_config": [{"network_tier": "PREMIUM"}]}]})]) == {"google_compute_instance_template.tpl:network_interface.0.ipv6_access_config"}
	_deny([t.resource("google_compute_region_instance_template", "tpl", {"network_interface": [{"subnetwork": "s"}, {"subnetwork": "t", "access_config": [{"nat_ip": "1.2.3.4"}]}]})]) == {"google_compute_region_instance_template.tpl:network_interface.1.access_config"}
}

test_private_passes if {
	_deny([
		t.resource("google_compute_instance", "vm", {"network_interface": [{"network": "default"}]}),
		t.resource("google_compute_instance", "empty", {"network_interface": [{"network": "default", "access_config": []}]}),
	]) == set()
}

test_unknown_dynamic_block_is_inconclusive if {
	rs := [t.resource("google_compute_instance", "vm", {"network_interface": [{"network": "default", "access_config": t.unknown("var.public")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_compute_instance.vm:network_interface.0.access_config"}
}
