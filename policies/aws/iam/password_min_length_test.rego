package aws.iam.password_min_length_test

import data.aws.iam.password_min_length as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_too_low if {
	_deny([t.resource("aws_iam_account_password_policy", "p", {"minimum_password_length": 13})]) == {"aws_iam_account_password_policy.p:minimum_password_length"}
	_deny([t.resource("aws_iam_account_password_policy", "p", {"minimum_password_length": "8"})]) == {"aws_iam_account_password_policy.p:minimum_password_length"}
}

test_absent_takes_the_insecure_default if {
	i := t.input_of([t.resource("aws_iam_account_password_policy", "p", {"require_symbols": true})])
	vs := rule.deny with input as i
	[v.path | some v in vs] == [["minimum_password_length"]]
	[v.fix.actions | some v in vs] == [[{"op": "set", "path": ["minimum_password_length"], "value": 14}]]
}

test_enough_passes if {
	_deny([
		t.resource("aws_iam_account_password_policy", "p", {"minimum_password_length": 14}),
		t.resource("aws_iam_account_password_policy", "q", {"minimum_password_length": "14"}),
	]) == set()
}

test_no_policy_declared_is_not_a_finding if {
	_deny_pessimistic([t.resource("aws_iam_user", "u", {"name": "u"})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_iam_account_password_policy", "p", {"minimum_password_length": t.unknown("var.n")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_iam_account_password_policy.p:minimum_password_length"}
}
