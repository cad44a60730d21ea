package aws.lambda.function_url_auth_test

import data.aws.lambda.function_url_auth as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_no_auth if {
	i := t.input_of([t.resource("aws_lambda_function_url", "u", {"function_name": "f", "authorization_type": "NONE"})])
	vs := rule.deny with input as i
	[v.path | some v in vs] == [["authorization_type"]]
	[v.fix.actions | some v in vs] == [[{"op": "set", "path": ["authorization_type"], "value": "AWS_IAM"}]]
}

test_iam_auth_passes if {
	_deny_pessimistic([t.resource("aws_lambda_function_url", "u", {"function_name": "f", "authorization_type": "AWS_IAM"})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_lambda_function_url", "u", {"function_name": "f", "authorization_type": t.unknown("var.auth")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_lambda_function_url.u:authorization_type"}
}
