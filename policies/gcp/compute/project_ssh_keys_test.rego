package gcp.compute.project_ssh_keys_test

import data.gcp.compute.project_ssh_keys as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_absent_and_false if {
	_deny([t.resource("google_compute_instance", "vm", {})]) == {"google_compute_instance.vm:metadata.block-project-ssh-keys"}
	_deny([t.resource("google_compute_instance_template", "tpl", {"metadata": {"block-project-ssh-keys": "FALSE"}})]) == {"google_compute_instance_template.tpl:metadata.block-project-ssh-keys"}
}

test_blocked_passes if {
	_deny([
		t.resource("google_compute_instance", "a", {"metadata": {"block-project-ssh-keys": "TRUE"}}),
		t.resource("google_compute_instance", "b", {"metadata": {"block-project-ssh-keys": true}}),
	]) == set()
}

test_os_login_passes if {
	_deny([t.resource("google_compute_instance", "vm", {"metadata": {"enable-oslogin": "TRUE"}})]) == set()
	_deny([
		t.resource("google_compute_instance", "vm", {}),
		t.resource("google_compute_project_metadata_item", "os", {"key": "enable-oslogin", "value": "TRUE"}),
	]) == set()

	# An instance that turns OS Login off again is reported.
	_deny([
		t.resource("google_compute_instance", "vm", {"metadata": {"enable-oslogin": "FALSE"}}),
		t.resource("google_compute_project_metadata", "m", {"metadata": {"enable-oslogin": "TRUE"}}),
	]) == {"google_compute_instance.vm:metadata.block-project-ssh-keys"}
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_compute_instance", "vm", {"metadata": {"block-project-ssh-keys": t.unknown("var.block")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_compute_instance.vm:metadata.block-project-ssh-keys"}
	os := [
		t.resource("google_compute_instance", "vm", {}),
		t.resource("google_compute_project_metadata_item", "os", {"key": "enable-oslogin", "value": t.unknown("var.oslogin")}),
	]
	_deny(os) == set()
	_deny_pessimistic(os) == {"google_compute_instance.vm:metadata.block-project-ssh-keys"}
}
