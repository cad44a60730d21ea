package gcp.iam.service_account_impersonation_test

import data.gcp.iam.service_account_impersonation as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_project_level_grants if {
	_deny([
		t.resource("google_project_iam_member", "u", {"project": "p", "role": "roles/iam.serviceAccountUser", "member": "user:alice@example.com"}),
		t.resource("google_project_iam_binding", "t", {"project": "p", "role": "roles/iam.serviceAccountTokenCreator", "members": ["group:ci@example.com"]}),
		t.resource("google_organization_iam_policy", "o", {"org_id": "1", "policy_data": `{"bindings":[{"role":"roles/iam.serviceAccountUser","members":["group:all@example.com"]}]}`}),
	]) == {
		"google_project_iam_member.u:role",
		"google_project_iam_binding.t:role",
		"google_organization_iam_policy.o:policy_data",
	}
}

test_service_account_level_passes if {
	_deny([
		t.resource("google_service_account_iam_member", "sa", {"service_account_id": "sa", "role": "roles/iam.serviceAccountUser", "member": "user:alice@example.com"}),
		t.resource("google_project_iam_member", "v", {"project": "p", "role": "roles/viewer", "member": "user:alice@example.com"}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_project_iam_member", "m", {"project": "p", "role": t.unknown("var.role"), "member": "user:alice@example.com"})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_project_iam_member.m:role"}
}
