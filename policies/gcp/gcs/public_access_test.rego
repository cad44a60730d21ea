package gcp.gcs.public_access_test

import data.gcp.gcs.public_access as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_iam_member_and_binding if {
	m := t.resource("google_storage_bucket_iam_member", "m", {"bucket": "b", "role": "roles/storage.objectViewer", "member": "allUsers"})
	b := t.resource("google_storage_bucket_iam_binding", "b", {"bucket": "b", "role": "roles/storage.objectViewer", "members": ["user:a@example.com", "allAuthenticatedUsers"]})
	_deny([m, b]) == {"google_storage_bucket_iam_member.m:member", "google_storage_bucket_iam_binding.b:members"}
}

test_iam_policy_json_and_data_source if {
	p := t.resource("google_storage_bucket_iam_policy", "p", {"bucket": "b", "policy_data": `{"bindings":[{"role":"roles/storage.objectViewer","members":["allUsers"]}]}`})
	_deny([p]) == {"google_storage_bucket_iam_policy.p:policy_data"}
	d := t.data_source("google_iam_policy", "pub", {"binding": [{"role": "roles/storage.objectViewer", "members": ["allAuthenticatedUsers"]}]})
	q := t.refs(t.resource("google_storage_bucket_iam_policy", "q", {"bucket": "b", "policy_data": t.unknown("data.google_iam_policy.pub.policy_data")}), [d.id])
	_deny([d, q]) == {"google_storage_bucket_iam_policy.q:policy_data"}
}

test_acls if {
	e := t.resource("google_storage_bucket_access_control", "e", {"bucket": "b", "role": "READER", "entity": "allUsers"})
	d := t.resource("google_storage_default_object_access_control", "d", {"bucket": "b", "role": "READER", "entity": "allAuthenticatedUsers"})
	a := t.resource("google_storage_bucket_acl", "a", {"bucket": "b", "role_entity": ["OWNER:project-owners-1", "READER:allUsers"]})
	p := t.resource("google_storage_bucket_acl", "p", {"bucket": "b", "predefined_acl": "publicRead"})
	o := t.resource("google_storage_default_object_acl", "o", {"bucket": "b", "role_entity": ["READER:allAuthenticatedUsers"]})
	_deny([e, d, a, p, o]) == {
		"google_storage_bucket_access_control.e:entity",
		"google_storage_default_object_access_control.d:entity",
		"google_storage_bucket_acl.a:role_entity",
		"google_storage_bucket_acl.p:predefined_acl",
		"google_storage_default_object_acl.o:role_entity",
	}
}

test_private_grants_pass if {
	_deny([
		t.resource("google_storage_bucket_iam_member", "m", {"bucket": "b", "role": "roles/storage.objectViewer", "member": "group:data@example.com"}),
		t.resource("google_storage_bucket_iam_binding", "b", {"bucket": "b", "role": "roles/storage.admin", "members": ["user:a@example.com"]}),
		t.resource("google_storage_bucket_access_control", "e", {"bucket": "b", "role": "READER", "entity": "group-data@example.com"}),
		t.resource("google_storage_bucket_acl", "a", {"bucket": "b", "predefined_acl": "projectPrivate"}),
		t.resource("google_storage_bucket_acl", "r", {"bucket": "b", "role_entity": ["OWNER:project-owners-1"]}),
	]) == set()
}

test_unknown_member_is_inconclusive if {
	rs := [t.resource("google_storage_bucket_iam_member", "m", {"bucket": "b", "role": "roles/storage.objectViewer", "member": t.unknown("var.reader")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_storage_bucket_iam_member.m:member"}
	ms := [t.resource("google_storage_bucket_iam_binding", "b", {"bucket": "b", "role": "roles/storage.objectViewer", "members": t.unknown("var.readers")})]
	_deny(ms) == set()
	_deny_pessimistic(ms) == {"google_storage_bucket_iam_binding.b:members"}
}

test_fixes if {
	b := t.resource("google_storage_bucket_iam_binding", "b", {"bucket": "b", "role": "roles/storage.objectViewer", "members": ["user:a@example.com", "allUsers"]})
	some vb in rule.deny with input as t.input_of([b])
	vb.fix.actions == [{"op": "set", "path": ["members"], "value": ["user:a@example.com"]}]
	p := t.resource("google_storage_bucket_acl", "p", {"bucket": "b", "predefined_acl": "publicReadWrite"})
	some vp in rule.deny with input as t.input_of([p])
	vp.fix.actions == [{"op": "set", "path": ["predefined_acl"], "value": "projectPrivate"}]
	m := t.resource("google_storage_bucket_iam_member", "m", {"bucket": "b", "role": "roles/storage.objectViewer", "member": "allUsers"})
	some vm in rule.deny with input as t.input_of([m])
	not vm.fix
}
