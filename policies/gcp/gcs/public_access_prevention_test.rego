package gcp.gcs.public_access_prevention_test

import data.gcp.gcs.public_access_prevention as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_absent_and_inherited if {
	_deny([t.resource("google_storage_bucket", "b", {})]) == {"google_storage_bucket.b:public_access_prevention"}
	_deny([t.resource("google_storage_bucket", "b", {"public_access_prevention": "inherited"})]) == {"google_storage_bucket.b:public_access_prevention"}
}

test_enforced_and_website_pass if {
	_deny([
		t.resource("google_storage_bucket", "b", {"public_access_prevention": "enforced"}),
		t.resource("google_storage_bucket", "site", {"website": [{"main_page_suffix": "index.html"}]}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_storage_bucket", "b", {"public_access_prevention": t.unknown("var.pap")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_storage_bucket.b:public_access_prevention"}
}
