package aws.iam.access_key_test

import data.aws.iam.access_key as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_active_keys if {
	_deny([
		t.resource("aws_iam_access_key", "a", {"user": "ci"}),
		t.resource("aws_iam_access_key", "b", {"user": "ci", "status": "Active"}),
	]) == {"aws_iam_access_key.a:status", "aws_iam_access_key.b:status"}
}

test_inactive_key_passes if {
	_deny_pessimistic([t.resource("aws_iam_access_key", "a", {"user": "ci", "status": "Inactive"})]) == set()
}

test_unknown_status_is_inconclusive if {
	rs := [t.resource("aws_iam_access_key", "a", {"user": "ci", "status": t.unknown("var.status")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_iam_access_key.a:status"}
}
