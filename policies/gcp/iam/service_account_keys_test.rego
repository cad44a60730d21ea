package gcp.iam.service_account_keys_test

import data.gcp.iam.service_account_keys as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

test_key_is_reported if {
	_deny([t.resource("google_service_account_key", "k", {"service_account_id": t.unknown("google_service_account.ci.name")})]) == {"google_service_account_key.k:"}
	_deny([t.resource("google_service_account_key", "u", {"service_account_id": "ci", "public_key_data": "LS0t"})]) == {"google_service_account_key.u:"}
}

test_no_key_passes if {
	_deny([t.resource("google_service_account", "sa", {"account_id": "ci"})]) == set()
}
