package gcp.gcs.uniform_access_test

import data.gcp.gcs.uniform_access as rule
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
	_deny([t.resource("google_storage_bucket", "b", {"name": "b"})]) == {"google_storage_bucket.b:uniform_bucket_level_access"}
	_deny([t.resource("google_storage_bucket", "b", {"uniform_bucket_level_access": false})]) == {"google_storage_bucket.b:uniform_bucket_level_access"}
}

test_enabled_passes if {
	_deny([t.resource("google_storage_bucket", "b", {"uniform_bucket_level_access": true})]) == set()
	_deny([t.resource("google_storage_bucket", "v3", {"bucket_policy_only": true})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_storage_bucket", "b", {"uniform_bucket_level_access": t.unknown("var.ubla")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_storage_bucket.b:uniform_bucket_level_access"}
}
