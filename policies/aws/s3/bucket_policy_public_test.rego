package aws.s3.bucket_policy_public_test

import data.aws.s3.bucket_policy_public as rule
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

_public := {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}

test_public_json_policy if {
	_deny([t.resource("aws_s3_bucket_policy", "p", {"policy": _policy(_public)})]) == {"aws_s3_bucket_policy.p:policy"}
	_deny([t.resource("aws_s3_bucket_policy", "p", {"policy": _policy(object.union(_public, {"Principal": {"AWS": ["*"]}}))})]) == {"aws_s3_bucket_policy.p:policy"}
	_deny([t.resource("aws_s3_bucket_policy", "p", {"policy": _policy(object.union(_public, {"Condition": {"Bool": {"aws:SecureTransport": "true"}}}))})]) == {"aws_s3_bucket_policy.p:policy"}
}

test_v3_inline_policy if {
	_deny([t.resource("aws_s3_bucket", "b", {"bucket": "b", "policy": _policy(_public)})]) == {"aws_s3_bucket.b:policy"}
	_deny([t.resource("aws_s3_bucket", "none", {"bucket": "none"})]) == set()
}

test_restricted_or_private_policies_pass if {
	_deny([
		t.resource("aws_s3_bucket_policy", "org", {"policy": _policy(object.union(_public, {"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc"}}}))}),
		t.resource("aws_s3_bucket_policy", "vpce", {"policy": _policy(object.union(_public, {"Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1"}}}))}),
		t.resource("aws_s3_bucket_policy", "account", {"policy": _policy(object.union(_public, {"Principal": {"AWS": "arn:aws:iam::111122223333:root"}}))}),
		t.resource("aws_s3_bucket_policy", "deny", {"policy": _policy(object.union(_public, {"Effect": "Deny"}))}),
		t.resource("aws_s3_bucket_policy", "invalid", {"policy": "not json"}),
	]) == set()
}

test_policy_document_data_source if {
	doc := t.data_source("aws_iam_policy_document", "d", {"statement": [
		{"actions": ["s3:ListBucket"], "resources": ["arn:aws:s3:::b"], "principals": [{"type": "AWS", "identifiers": ["arn:aws:iam::1:root"]}]},
		{"actions": ["s3:GetObject"], "resources": ["arn:aws:s3:::b/*"], "principals": [{"type": "*", "identifiers": ["*"]}]},
	]})
	p := t.refs(t.resource("aws_s3_bucket_policy", "p", {"policy": t.unknown("data.aws_iam_policy_document.d.json")}), ["data.aws_iam_policy_document.d"])
	_deny([doc, p]) == {"data.aws_iam_policy_document.d:statement.1"}
	i := t.input_of([doc, p])
	[v.msg | some v in rule.deny] == [`IAM policy document "d" (the policy of S3 bucket policy "p") allows everyone (Principal "*") with no condition restricting the caller; name the principals that need access or add a condition such as aws:PrincipalOrgID`] with input as i

	# A document that is not used as a bucket policy is not judged here.
	_deny([doc]) == set()
}

test_policy_document_with_condition_passes if {
	doc := t.data_source("aws_iam_policy_document", "d", {"statement": [{
		"actions": ["s3:GetObject"],
		"principals": [{"type": "AWS", "identifiers": ["*"]}],
		"condition": [{"test": "StringEquals", "variable": "aws:PrincipalOrgID", "values": [t.unknown("var.org_id")]}],
	}]})
	p := t.refs(t.resource("aws_s3_bucket_policy", "p", {"policy": t.unknown("data.aws_iam_policy_document.d.json")}), ["data.aws_iam_policy_document.d"])
	_deny_pessimistic([doc, p]) == set()
}

test_unknown_policy_is_inconclusive if {
	rs := [t.resource("aws_s3_bucket_policy", "p", {"policy": t.unknown("var.policy")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_s3_bucket_policy.p:policy"}
}

test_unknown_principal_in_document_is_inconclusive if {
	doc := t.data_source("aws_iam_policy_document", "d", {"statement": [{
		"actions": ["s3:GetObject"],
		"principals": [{"type": "AWS", "identifiers": t.unknown("var.readers")}],
	}]})
	p := t.refs(t.resource("aws_s3_bucket_policy", "p", {"policy": t.unknown("data.aws_iam_policy_document.d.json")}), ["data.aws_iam_policy_document.d"])
	_deny([doc, p]) == set()
	_deny_pessimistic([doc, p]) == {"data.aws_iam_policy_document.d:statement.0"}
}

test_not_principal_message if {
	p := _policy({"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::1:root"}, "Action": "s3:GetObject", "Resource": "*"})
	i := t.input_of([t.resource("aws_s3_bucket", "b", {"policy": p})])
	[v.msg | some v in rule.deny] == [`Policy of S3 bucket "b" allows everyone (NotPrincipal) with no condition restricting the caller; name the principals that need access or add a condition such as aws:PrincipalOrgID`] with input as i
}
