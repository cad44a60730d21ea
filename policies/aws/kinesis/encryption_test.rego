package aws.kinesis.encryption_test

import data.aws.kinesis.encryption as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_unencrypted if {
	_deny([t.resource("aws_kinesis_stream", "s", {"shard_count": 1})]) == {"aws_kinesis_stream.s:encryption_type"}
	_deny([t.resource("aws_kinesis_stream", "s", {"encryption_type": "NONE"})]) == {"aws_kinesis_stream.s:encryption_type"}
	_deny([t.resource("aws_kinesis_stream", "s", {"encryption_type": "KMS"})]) == {"aws_kinesis_stream.s:kms_key_id"}
}

test_encrypted_passes if {
	_deny([
		t.resource("aws_kinesis_stream", "a", {"encryption_type": "KMS", "kms_key_id": "alias/aws/kinesis"}),
		t.resource("aws_kinesis_stream", "b", {"encryption_type": "kms", "kms_key_id": t.unknown("aws_kms_key.k.arn")}),
	]) == set()
}

test_fix_sets_both if {
	some v in rule.deny with input as t.input_of([t.resource("aws_kinesis_stream", "s", {})])
	v.fix.actions == [
		{"op": "set", "path": ["encryption_type"], "value": "KMS"},
		{"op": "set", "path": ["kms_key_id"], "value": "alias/aws/kinesis"},
	]
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_kinesis_stream", "s", {"encryption_type": t.unknown("var.enc"), "kms_key_id": "alias/aws/kinesis"})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_kinesis_stream.s:encryption_type"}
}
