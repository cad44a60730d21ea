package aws.sqs.queue_policy_public_test

import data.aws.sqs.queue_policy_public as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_policy(statement) := json.marshal({"Version": "2012-10-17", "Statement": [statement]})

_public := {"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "*"}

test_public_policy if {
	_deny([t.resource("aws_sqs_queue_policy", "p", {"policy": _policy(_public)})]) == {"aws_sqs_queue_policy.p:policy"}
	_deny([t.resource("aws_sqs_queue", "p", {"policy": _policy(object.union(_public, {"Principal": {"AWS": "*"}}))})]) == {"aws_sqs_queue.p:policy"}
	_deny([t.resource("aws_sqs_queue_policy", "n", {"policy": _policy({"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sqs:SendMessage", "Resource": "*"})})]) == {"aws_sqs_queue_policy.n:policy"}
}

test_restricted_policies_pass if {
	_deny([
		t.resource("aws_sqs_queue_policy", "org", {"policy": _policy(object.union(_public, {"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc"}}}))}),
		t.resource("aws_sqs_queue_policy", "account", {"policy": _policy(object.union(_public, {"Principal": {"AWS": "arn:aws:iam::111122223333:root"}}))}),
		t.resource("aws_sqs_queue_policy", "deny", {"policy": _policy(object.union(_public, {"Effect": "Deny"}))}),
		t.resource("aws_sqs_queue", "none", {}),
	]) == set()
}

test_policy_document_data_source if {
	doc := t.data_source("aws_iam_policy_document", "d", {"statement": [{"actions": ["sqs:SendMessage"], "principals": [{"type": "AWS", "identifiers": ["*"]}]}]})
	p := t.refs(t.resource("aws_sqs_queue_policy", "p", {"policy": t.unknown("data.aws_iam_policy_document.d.json")}), ["data.aws_iam_policy_document.d"])
	_deny([doc, p]) == {"data.aws_iam_policy_document.d:statement.0"}
	_deny([doc]) == set()
}

test_unknowns_are_inconclusive if {
	rs := [
		t.resource("aws_sqs_queue_policy", "p", {"policy": t.unknown("var.policy")}),
		t.resource("aws_sqs_queue", "c", {"policy": _policy(object.union(_public, {"Condition": t.unknown("var.condition")}))}),
	]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_sqs_queue_policy.p:policy", "aws_sqs_queue.c:policy"}
}
