package gcp.compute.default_service_account_test

import data.gcp.compute.default_service_account as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_vm(sa) := t.resource("google_compute_instance", "vm", {"service_account": [sa]})

test_default_account_full_scope if {
	_deny([_vm({"scopes": ["cloud-platform"]})]) == {"google_compute_instance.vm:service_account.0.scopes"}
	_deny([_vm({"email": "123456789-compute@developer.gserviceaccount.com", "scopes": ["https://www.googleapis.com/auth/cloud-platform"]})]) == {"google_compute_instance.vm:service_account.0.scopes"}
	_deny([_vm({"email": t.unknown("data.google_compute_default_service_account.default.email"), "scopes": ["cloud-platform"]})]) == {"google_compute_instance.vm:service_account.0.scopes"}
	_deny([t.resource("google_compute_instance_template", "tpl", {"service_account": [{"scopes": ["cloud-platform"]}]})]) == {"google_compute_instance_template.tpl:service_account.0.scopes"}
}

test_dedicated_or_narrow_pass if {
	_deny([_vm({"email": "app@acme-prod.iam.gserviceaccount.com", "scopes": ["cloud-platform"]})]) == set()
	_deny([_vm({"email": t.unknown("google_service_account.app.email"), "scopes": ["cloud-platform"]})]) == set()
	_deny_pessimistic([_vm({"email": t.unknown("google_service_account.app.email"), "scopes": ["cloud-platform"]})]) == set()
	_deny([_vm({"scopes": ["logging-write", "monitoring-write"]})]) == set()
	_deny([t.resource("google_compute_instance", "none", {})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_vm({"email": t.unknown("var.service_account"), "scopes": ["cloud-platform"]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_compute_instance.vm:service_account.0.scopes"}
	ss := [_vm({"scopes": t.unknown("var.scopes")})]
	_deny(ss) == set()
	_deny_pessimistic(ss) == {"google_compute_instance.vm:service_account.0.scopes"}
}
