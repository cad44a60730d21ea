package aws.lambda.permission_public_test

import data.aws.lambda.permission_public as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_perm(name, attrs) := t.resource("aws_lambda_permission", name, object.union({"action": "lambda:InvokeFunction", "function_name": "f"}, attrs))

test_open_permissions if {
	_deny([
		_perm("star", {"principal": "*"}),
		_perm("s3", {"principal": "s3.amazonaws.com"}),
		_perm("sns_org", {"principal": "sns.amazonaws.com", "principal_org_id": "o-1"}),
	]) == {"aws_lambda_permission.star:principal", "aws_lambda_permission.s3:principal", "aws_lambda_permission.sns_org:principal"}
}

test_scoped_permissions_pass if {
	_deny_pessimistic([
		_perm("s3", {"principal": "s3.amazonaws.com", "source_arn": t.unknown("aws_s3_bucket.b.arn")}),
		_perm("events", {"principal": "events.amazonaws.com", "source_account": "111122223333"}),
		_perm("org", {"principal": "*", "principal_org_id": "o-1"}),
		_perm("account", {"principal": "111122223333"}),
		_perm("alexa", {"principal": "alexa-appkit.amazon.com", "event_source_token": "amzn1.ask.skill.x"}),
	]) == set()
}

test_unknown_principal_is_inconclusive if {
	rs := [_perm("p", {"principal": t.unknown("var.principal")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_lambda_permission.p:principal"}
}

test_service_principal_gets_a_template_fix if {
	i := t.input_of([_perm("s3", {"principal": "s3.amazonaws.com"})])
	[v.fix | some v in rule.deny] == [{
		"description": "Set source_arn to the resource that invokes the function",
		"actions": [{"op": "set", "path": ["source_arn"], "value": "<ARN of the calling resource>"}],
		"template": true,
	}] with input as i
}
