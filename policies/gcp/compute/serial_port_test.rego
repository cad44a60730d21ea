package gcp.compute.serial_port_test

import data.gcp.compute.serial_port as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_instance_metadata if {
	_deny([t.resource("google_compute_instance", "vm", {"metadata": {"serial-port-enable": "TRUE"}})]) == {"google_compute_instance.vm:metadata.serial-port-enable"}
	_deny([t.resource("google_compute_instance_template", "tpl", {"metadata": {"serial-port-enable": true}})]) == {"google_compute_instance_template.tpl:metadata.serial-port-enable"}
}

test_project_metadata if {
	m := t.resource("google_compute_project_metadata", "m", {"metadata": {"serial-port-enable": "1"}})
	i := t.resource("google_compute_project_metadata_item", "i", {"key": "serial-port-enable", "value": "true"})
	_deny([m, i]) == {"google_compute_project_metadata.m:metadata.serial-port-enable", "google_compute_project_metadata_item.i:value"}
}

test_off_and_absent_pass if {
	_deny([
		t.resource("google_compute_instance", "a", {}),
		t.resource("google_compute_instance", "b", {"metadata": {"serial-port-enable": "FALSE"}}),
		t.resource("google_compute_project_metadata", "m", {"metadata": {"enable-oslogin": "TRUE"}}),
		t.resource("google_compute_project_metadata_item", "i", {"key": "serial-port-enable", "value": "false"}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_compute_instance", "vm", {"metadata": {"serial-port-enable": t.unknown("var.serial")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_compute_instance.vm:metadata.serial-port-enable"}
	ms := [t.resource("google_compute_instance", "vm", {"metadata": t.unknown("var.metadata")})]
	_deny(ms) == set()
	_deny_pessimistic(ms) == {"google_compute_instance.vm:metadata.serial-port-enable"}
}
