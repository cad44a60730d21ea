package aws.s3.bucket_policy_tls_test

import data.aws.s3.bucket_policy_tls as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_policy(statements) := json.marshal({"Version": "2012-10-17", "Statement": statements})

_read := {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:root"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}

_tls := {
	"Effect": "Deny",
	"Principal": "*",
	"Action": "s3:*",
	"Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
	"Condition": {"Bool": {"aws:SecureTransport": "false"}},
}

test_policy_without_tls_statement if {
	_deny([t.resource("aws_s3_bucket_policy", "p", {"policy": _policy([_read])})]) == {"aws_s3_bucket_policy.p:policy"}
	_deny([t.resource("aws_s3_bucket", "b", {"policy": _policy([_read])})]) == {"aws_s3_bucket.b:policy"}
}

test_policy_with_tls_statement_passes if {
	_deny([
		t.resource("aws_s3_bucket_policy", "p", {"policy": _policy([_read, _tls])}),
		t.resource("aws_s3_bucket_policy", "aws_star", {"policy": _policy([object.union(_tls, {"Principal": {"AWS": "*"}, "Action": "*", "Condition": {"Bool": {"aws:SecureTransport": false}}})])}),
		t.resource("aws_s3_bucket", "v3", {"policy": _policy([_tls])}),
	]) == set()
}

test_no_policy_is_not_judged if {
	_deny_pessimistic([t.resource("aws_s3_bucket", "b", {"bucket": "b"})]) == set()
}

test_partial_deny_statements_are_findings if {
	statements := [
		object.union(_tls, {"Effect": "Allow"}),
		object.union(_tls, {"Principal": {"AWS": "arn:aws:iam::1:root"}}),
		object.union(_tls, {"Action": "s3:GetObject"}),
		object.union(_tls, {"Condition": {"Bool": {"aws:SecureTransport": "true"}}}),
		object.union(object.remove(_tls, ["Condition"]), {"Condition": {"NumericLessThan": {"s3:TlsVersion": "1.2"}}}),
		object.remove(_tls, ["Condition"]),
	]
	every s in statements {
		_deny([t.resource("aws_s3_bucket_policy", "p", {"policy": _policy([s])})]) == {"aws_s3_bucket_policy.p:policy"}
	}
}

test_policy_document_data_source if {
	tls := t.data_source("aws_iam_policy_document", "tls", {"statement": [{
		"effect": "Deny",
		"actions": ["s3:*"],
		"principals": [{"type": "*", "identifiers": ["*"]}],
		"condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["false"]}],
	}]})
	read := t.data_source("aws_iam_policy_document", "read", {"statement": [{"actions": ["s3:GetObject"]}]})
	good := t.refs(t.resource("aws_s3_bucket_policy", "good", {"policy": t.unknown("data.aws_iam_policy_document.tls.json")}), ["data.aws_iam_policy_document.tls"])
	bad := t.refs(t.resource("aws_s3_bucket_policy", "bad", {"policy": t.unknown("data.aws_iam_policy_document.read.json")}), ["data.aws_iam_policy_document.read"])
	_deny_pessimistic([tls, read, good, bad]) == {"aws_s3_bucket_policy.bad:policy"}
	_deny([tls, read, good, bad]) == {"aws_s3_bucket_policy.bad:policy"}
}

test_unknowns_are_inconclusive if {
	whole := t.resource("aws_s3_bucket_policy", "whole", {"policy": t.unknown("var.policy")})
	value := t.resource("aws_s3_bucket_policy", "value", {"policy": _policy([object.union(_tls, {"Condition": {"Bool": {"aws:SecureTransport": t.unknown("var.x")}}})])})
	_deny([whole, value]) == set()
	_deny_pessimistic([whole, value]) == {"aws_s3_bucket_policy.whole:policy", "aws_s3_bucket_policy.value:policy"}
}
