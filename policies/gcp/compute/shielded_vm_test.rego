package gcp.compute.shielded_vm_test

import data.gcp.compute.shielded_vm as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_secure_boot_off if {
	_deny([t.resource("google_compute_instance", "vm", {})]) == {"google_compute_instance.vm:shielded_instance_config"}
	_deny([t.resource("google_compute_instance_template", "tpl", {"shielded_instance_config": [{"enable_vtpm": true}]})]) == {"google_compute_instance_template.tpl:shielded_instance_config.0.enable_secure_boot"}
	_deny([t.resource("google_compute_instance", "vm", {"shielded_instance_config": [{"enable_secure_boot": false}]})]) == {"google_compute_instance.vm:shielded_instance_config.0.enable_secure_boot"}
}

test_vtpm_and_integrity_off if {
	_deny([t.resource("google_compute_instance", "vm", {"shielded_instance_config": [{"enable_secure_boot": true, "enable_vtpm": false, "enable_integrity_monitoring": false}]})]) == {
		"google_compute_instance.vm:shielded_instance_config.0.enable_vtpm",
		"google_compute_instance.vm:shielded_instance_config.0.enable_integrity_monitoring",
	}
}

test_shielded_passes if {
	_deny([t.resource("google_compute_instance", "vm", {"shielded_instance_config": [{"enable_secure_boot": true}]})]) == set()
	_deny([t.resource("google_compute_instance", "vm", {"shielded_instance_config": [{"enable_secure_boot": true, "enable_vtpm": true, "enable_integrity_monitoring": true}]})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_compute_instance", "vm", {"shielded_instance_config": [{"enable_secure_boot": t.unknown("var.secure_boot")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_compute_instance.vm:shielded_instance_config.0.enable_secure_boot"}
}
