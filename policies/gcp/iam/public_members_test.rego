package gcp.iam.public_members_test

import data.gcp.iam.public_members as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_iam_resources if {
	_deny([
		t.resource("google_kms_crypto_key_iam_member", "k", {"crypto_key_id": "k", "role": "roles/cloudkms.cryptoKeyEncrypterDecrypter", "member": "allUsers"}),
		t.resource("google_bigquery_dataset_iam_binding", "d", {"dataset_id": "d", "role": "roles/bigquery.dataViewer", "members": ["allAuthenticatedUsers"]}),
		t.resource("google_project_iam_member", "p", {"project": "p", "role": "roles/viewer", "member": "allUsers"}),
		t.resource("google_secret_manager_secret_iam_policy", "s", {"secret_id": "s", "policy_data": `{"bindings":[{"role":"roles/secretmanager.secretAccessor","members":["allUsers"]}]}`}),
	]) == {
		"google_kms_crypto_key_iam_member.k:member",
		"google_bigquery_dataset_iam_binding.d:members",
		"google_project_iam_member.p:member",
		"google_secret_manager_secret_iam_policy.s:policy_data",
	}
}

test_bigquery_access if {
	_deny([t.resource("google_bigquery_dataset", "d", {"dataset_id": "d", "access": [
		{"role": "OWNER", "user_by_email": "a@example.com"},
		{"role": "READER", "special_group": "allAuthenticatedUsers"},
	]})]) == {"google_bigquery_dataset.d:access.1.special_group"}
	_deny([t.resource("google_bigquery_dataset_access", "a", {"dataset_id": "d", "role": "READER", "iam_member": "allUsers"})]) == {"google_bigquery_dataset_access.a:iam_member"}
}

test_named_principals_pass if {
	_deny([
		t.resource("google_kms_crypto_key_iam_member", "k", {"crypto_key_id": "k", "role": "roles/cloudkms.cryptoKeyEncrypterDecrypter", "member": "serviceAccount:app@p.iam.gserviceaccount.com"}),
		t.resource("google_bigquery_dataset", "d", {"dataset_id": "d", "access": [{"role": "READER", "special_group": "projectReaders"}]}),
		t.resource("google_bigquery_dataset_access", "a", {"dataset_id": "d", "role": "READER", "group_by_email": "analysts@example.com"}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_kms_crypto_key_iam_binding", "k", {"crypto_key_id": "k", "role": "roles/cloudkms.cryptoKeyDecrypter", "members": t.unknown("var.decrypters")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_kms_crypto_key_iam_binding.k:members"}
}

test_fixes if {
	d := t.resource("google_bigquery_dataset", "d", {"dataset_id": "d", "access": [{"role": "READER", "iam_member": "allUsers"}]})
	some vd in rule.deny with input as t.input_of([d])
	vd.fix.actions == [{"op": "remove", "path": ["access", 0]}]
	b := t.resource("google_kms_crypto_key_iam_binding", "b", {"crypto_key_id": "k", "role": "roles/cloudkms.cryptoKeyDecrypter", "members": ["allAuthenticatedUsers", "serviceAccount:app@p.iam.gserviceaccount.com"]})
	some vb in rule.deny with input as t.input_of([b])
	vb.fix.actions[0].value == ["serviceAccount:app@p.iam.gserviceaccount.com"]
}
