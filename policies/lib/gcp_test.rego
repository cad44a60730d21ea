package lib_test

import data.lib
import data.lib.testing as t

test_gcp_public_member if {
	lib.gcp_is_public_member("allUsers")
	lib.gcp_is_public_member("allAuthenticatedUsers")
	not lib.gcp_is_public_member("user:a@example.com")
	not lib.gcp_is_public_member(t.unknown("var.m"))
	lib.gcp_is_public_member(t.unknown("var.m")) with data.preflight.pessimistic as true
}

test_gcp_public_entity if {
	lib.gcp_is_public_entity("allUsers")
	lib.gcp_is_public_entity("READER:allAuthenticatedUsers")
	not lib.gcp_is_public_entity("OWNER:user-a@example.com")
	not lib.gcp_is_public_entity("project-owners-123")
}

test_gcp_block_present if {
	lib.gcp_block_present({})
	not lib.gcp_block_present(t.unknown("var.x"))
	lib.gcp_block_present(t.unknown("var.x")) with data.preflight.pessimistic as true
}

test_gcp_iam_grants_member_and_binding if {
	m := t.resource("google_project_iam_member", "m", {"role": "roles/owner", "member": "user:a@example.com"})
	lib.gcp_iam_grants(m) == [{"path": ["member"], "role": "roles/owner", "member": "user:a@example.com"}]
	b := t.resource("google_project_iam_binding", "b", {"role": "roles/viewer", "members": ["allUsers", "group:g@example.com"]})
	lib.gcp_iam_grants(b) == [
		{"path": ["members"], "role": "roles/viewer", "member": "allUsers"},
		{"path": ["members"], "role": "roles/viewer", "member": "group:g@example.com"},
	]
	u := t.resource("google_project_iam_binding", "u", {"role": "roles/viewer", "members": t.unknown("var.members")})
	lib.gcp_iam_grants(u) == [{"path": ["members"], "role": "roles/viewer", "member": t.unknown("var.members")}]
	lib.gcp_iam_grants(t.resource("google_project", "p", {})) == []
}

test_gcp_iam_grants_policy_json if {
	p := t.resource("google_storage_bucket_iam_policy", "p", {"policy_data": `{"bindings": [{"role": "roles/storage.objectViewer", "members": ["allUsers"]}]}`})
	lib.gcp_iam_grants(p) == [{"path": ["policy_data"], "role": "roles/storage.objectViewer", "member": "allUsers"}]
	u := t.resource("google_storage_bucket_iam_policy", "u", {"policy_data": t.unknown("var.policy")})
	lib.gcp_iam_grants(u) == [{"path": ["policy_data"], "role": t.unknown("var.policy"), "member": t.unknown("var.policy")}]
}

test_gcp_iam_grants_policy_data_source if {
	d := t.data_source("google_iam_policy", "admin", {"binding": [{"role": "roles/owner", "members": ["user:a@example.com"]}]})
	p := t.refs(t.resource("google_project_iam_policy", "p", {"policy_data": t.unknown("data.google_iam_policy.admin.policy_data")}), [d.id])
	i := t.input_of([d, p])
	grants := lib.gcp_iam_grants(p) with input as i
	grants == [{"path": ["policy_data"], "role": "roles/owner", "member": "user:a@example.com"}]
}

test_gcp_metadata_flags if {
	lib.gcp_metadata_true("TRUE")
	lib.gcp_metadata_true(true)
	lib.gcp_metadata_true("1")
	lib.gcp_metadata_false(" False ")
	lib.gcp_metadata_false(0)
	not lib.gcp_metadata_true("false")
	lib.gcp_metadata_not_true("FALSE")
	lib.gcp_metadata_not_true("maybe")
	not lib.gcp_metadata_not_true("true")
	not lib.gcp_metadata_not_true(t.unknown("var.v"))
	lib.gcp_metadata_not_true(t.unknown("var.v")) with data.preflight.pessimistic as true
}

test_gcp_project_metadata if {
	m := t.resource("google_compute_project_metadata", "m", {"metadata": {"enable-oslogin": "TRUE"}})
	item := t.resource("google_compute_project_metadata_item", "i", {"key": "enable-oslogin", "value": "FALSE"})
	other := t.resource("google_compute_project_metadata_item", "o", {"key": "startup-script", "value": "x"})
	entries := lib.gcp_project_metadata("enable-oslogin") with input as t.input_of([m, item, other])
	entries == [
		{"resource": m, "path": ["metadata", "enable-oslogin"], "value": "TRUE"},
		{"resource": item, "path": ["value"], "value": "FALSE"},
	]
}

test_gcp_durations if {
	lib.gcp_seconds("7776000s") == 7776000
	lib.gcp_seconds("1.5s") == 1.5
	not lib.gcp_seconds("90d")
	lib.gcp_duration_over("31536000s", 7776000)
	not lib.gcp_duration_over("7776000s", 7776000)
	not lib.gcp_duration_over(t.unknown("var.p"), 7776000)
	lib.gcp_duration_over(t.unknown("var.p"), 7776000) with data.preflight.pessimistic as true
}

test_gcp_fix_drop_public if {
	b := t.resource("google_project_iam_binding", "b", {"members": ["allUsers", "group:g@example.com"]})
	lib.gcp_fix_drop_public(b, "members") == {"description": "Remove allUsers and allAuthenticatedUsers from members", "actions": [{"op": "set", "path": ["members"], "value": ["group:g@example.com"]}]}
	a := t.resource("google_storage_bucket_acl", "a", {"role_entity": ["OWNER:project-owners-1", "READER:allUsers"]})
	lib.gcp_fix_drop_public(a, "role_entity").actions[0].value == ["OWNER:project-owners-1"]
	not lib.gcp_fix_drop_public(t.resource("google_project_iam_binding", "c", {"members": ["allUsers"]}), "members")
	not lib.gcp_fix_drop_public(t.resource("google_project_iam_binding", "d", {"members": ["allUsers", t.unknown("var.m")]}), "members")
	not lib.gcp_fix_drop_public(t.resource("google_project_iam_binding", "e", {"members": ["user:a@example.com"]}), "members")
}
