package aws.iam.admin_policy_test

import data.aws.iam.admin_policy as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_admin := `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}`

test_admin_json_policies if {
	some typ in ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]
	_deny([t.resource(typ, "p", {"policy": _admin})]) == {sprintf("%s.p:policy", [typ])}
}

test_statement_object_and_arrays if {
	p := `{"Statement": {"Effect": "Allow", "Action": ["s3:GetObject", "*"], "Resource": ["arn:aws:s3:::x", "*"]}}`
	_deny([t.resource("aws_iam_policy", "p", {"policy": p})]) == {"aws_iam_policy.p:policy"}
}

test_near_misses_pass if {
	_deny([
		t.resource("aws_iam_policy", "deny", {"policy": `{"Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]}`}),
		t.resource("aws_iam_policy", "scoped", {"policy": `{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}`}),
		t.resource("aws_iam_policy", "one_bucket", {"policy": `{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::b"}]}`}),
		t.resource("aws_iam_policy", "invalid", {"policy": "not json"}),
	]) == set()
}

test_policy_document_data_source if {
	d := t.data_source("aws_iam_policy_document", "admin", {"statement": [
		{"actions": ["s3:GetObject"], "resources": ["*"]},
		{"actions": ["*"], "resources": ["*"]},
	]})
	_deny([d]) == {"data.aws_iam_policy_document.admin:statement.1"}
	deny := t.data_source("aws_iam_policy_document", "deny", {"statement": [{"effect": "Deny", "actions": ["*"], "resources": ["*"]}]})
	_deny([deny]) == set()
}

test_unknown_policy_is_inconclusive if {
	rs := [t.resource("aws_iam_policy", "p", {"policy": t.unknown("var.policy")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_iam_policy.p:policy"}
}

test_policy_from_document_in_graph_is_judged_through_the_document if {
	doc := t.data_source("aws_iam_policy_document", "d", {"statement": [{"actions": ["s3:GetObject"], "resources": ["*"]}]})
	p := t.refs(t.resource("aws_iam_policy", "p", {"policy": t.unknown("data.aws_iam_policy_document.d.json")}), ["data.aws_iam_policy_document.d"])
	_deny_pessimistic([doc, p]) == set()
}

test_unknown_statement_values_are_inconclusive if {
	d := t.data_source("aws_iam_policy_document", "d", {"statement": [{"actions": t.unknown("var.actions"), "resources": ["*"]}]})
	_deny([d]) == set()
	_deny_pessimistic([d]) == {"data.aws_iam_policy_document.d:statement.0"}
}
