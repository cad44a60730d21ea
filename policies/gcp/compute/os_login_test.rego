package gcp.compute.os_login_test

import data.gcp.compute.os_login as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_instance_override if {
	_deny([t.resource("google_compute_instance", "vm", {"metadata": {"enable-oslogin": "FALSE"}})]) == {"google_compute_instance.vm:metadata.enable-oslogin"}
	_deny([t.resource("google_compute_instance_template", "tpl", {"metadata": {"enable-oslogin": false}})]) == {"google_compute_instance_template.tpl:metadata.enable-oslogin"}
}

test_project_metadata if {
	_deny([t.resource("google_compute_project_metadata_item", "i", {"key": "enable-oslogin", "value": "FALSE"})]) == {"google_compute_project_metadata_item.i:value"}
	_deny([t.resource("google_compute_project_metadata", "m", {"metadata": {"enable-oslogin": "false"}})]) == {"google_compute_project_metadata.m:metadata.enable-oslogin"}
	_deny([t.resource("google_compute_project_metadata", "m", {"metadata": {"ssh-keys": "a:ssh-ed25519 AAAA a"}})]) == {"google_compute_project_metadata.m:metadata.enable-oslogin"}
}

test_on_and_absent_pass if {
	_deny([
		t.resource("google_compute_instance", "a", {}),
		t.resource("google_compute_instance", "b", {"metadata": {"enable-oslogin": "TRUE"}}),
		t.resource("google_compute_project_metadata", "m", {"metadata": {"enable-oslogin": "TRUE"}}),
		t.resource("google_compute_project_metadata_item", "i", {"key": "enable-oslogin", "value": "TRUE"}),
		t.resource("google_compute_project_metadata_item", "o", {"key": "startup-script", "value": "echo"}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_compute_project_metadata_item", "i", {"key": "enable-oslogin", "value": t.unknown("var.oslogin")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_compute_project_metadata_item.i:value"}
	is := [t.resource("google_compute_instance", "vm", {"metadata": {"enable-oslogin": t.unknown("var.oslogin")}})]
	_deny(is) == set()
	_deny_pessimistic(is) == {"google_compute_instance.vm:metadata.enable-oslogin"}
}
