package gcp.iam.basic_roles_test

import data.gcp.iam.basic_roles as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_owner_and_editor if {
	_deny([
		t.resource("google_project_iam_member", "owner", {"project": "p", "role": "roles/owner", "member": "user:alice@example.com"}),
		t.resource("google_project_iam_binding", "editors", {"project": "p", "role": "roles/editor", "members": ["group:dev@example.com"]}),
		t.resource("google_folder_iam_member", "f", {"folder": "folders/1", "role": "roles/editor", "member": "serviceAccount:ci@p.iam.gserviceaccount.com"}),
		t.resource("google_project_iam_policy", "pol", {"project": "p", "policy_data": `{"bindings":[{"role":"roles/owner","members":["user:bob@example.com"]}]}`}),
	]) == {
		"google_project_iam_member.owner:role",
		"google_project_iam_binding.editors:role",
		"google_folder_iam_member.f:role",
		"google_project_iam_policy.pol:policy_data",
	}
}

test_predefined_roles_pass if {
	_deny([
		t.resource("google_project_iam_member", "a", {"project": "p", "role": "roles/compute.admin", "member": "user:alice@example.com"}),
		t.resource("google_project_iam_binding", "b", {"project": "p", "role": "roles/viewer", "members": ["group:dev@example.com"]}),
		t.resource("google_organization_iam_member", "c", {"org_id": "1", "role": "roles/resourcemanager.organizationViewer", "member": "group:sec@example.com"}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_project_iam_member", "m", {"project": "p", "role": t.unknown("var.role"), "member": "user:alice@example.com"})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_project_iam_member.m:role"}
}
