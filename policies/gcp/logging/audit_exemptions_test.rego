package gcp.logging.audit_exemptions_test

import data.gcp.logging.audit_exemptions as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_exempted_members if {
	_deny([t.resource("google_project_iam_audit_config", "a", {"service": "allServices", "audit_log_config": [
		{"log_type": "ADMIN_READ"},
		{"log_type": "DATA_READ", "exempted_members": ["user:bob@example.com"]},
	]})]) == {"google_project_iam_audit_config.a:audit_log_config.1.exempted_members"}
	_deny([t.resource("google_organization_iam_audit_config", "o", {"org_id": "1", "service": "allServices", "audit_log_config": [{"log_type": "DATA_WRITE", "exempted_members": ["serviceAccount:etl@p.iam.gserviceaccount.com"]}]})]) == {"google_organization_iam_audit_config.o:audit_log_config.0.exempted_members"}
}

test_no_exemptions_pass if {
	_deny([t.resource("google_project_iam_audit_config", "a", {"service": "allServices", "audit_log_config": [
		{"log_type": "ADMIN_READ"},
		{"log_type": "DATA_READ", "exempted_members": []},
		{"log_type": "DATA_WRITE"},
	]})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_project_iam_audit_config", "a", {"service": "allServices", "audit_log_config": [{"log_type": "DATA_READ", "exempted_members": t.unknown("var.exempt")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_project_iam_audit_config.a:audit_log_config.0.exempted_members"}
}
