package aws.iam.password_reuse_test

import data.aws.iam.password_reuse as rule
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
	_deny([t.resource("aws_iam_account_password_policy", "p", {"password_reuse_prevention": 23})]) == {"aws_iam_account_password_policy.p:password_reuse_prevention"}
	_deny([t.resource("aws_iam_account_password_policy", "p", {"password_reuse_prevention": "8"})]) == {"aws_iam_account_password_policy.p:password_reuse_prevention"}
}

test_absent_takes_the_insecure_default if {
	i := t.input_of([t.resource("aws_iam_account_password_policy", "p", {"require_symbols": true})])
	vs := rule.deny with input as i
	[v.path | some v in vs] == [["password_reuse_prevention"]]
	[v.fix.actions | some v in vs] == [[{"op": "set", "path": ["password_reuse_prevention"], "value": 24}]]
}

test_enough_passes if {
	_deny([
		t.resource("aws_iam_account_password_policy", "p", {"password_reuse_prevention": 24}),
		t.resource("aws_iam_account_password_policy", "q", {"password_reuse_prevention": "24"}),
	]) == set()
}

test_no_policy_declared_is_not_a_finding if {
	_deny_pessimistic([t.resource("aws_iam_user", "u", {"name": "u"})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_iam_account_password_policy", "p", {"password_reuse_prevention": t.unknown("var.n")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_iam_account_password_policy.p:password_reuse_prevention"}
}
