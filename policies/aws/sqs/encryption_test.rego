package aws.sqs.encryption_test

import data.aws.sqs.encryption as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_sse_turned_off if {
	_deny([t.resource("aws_sqs_queue", "q", {"sqs_managed_sse_enabled": false})]) == {"aws_sqs_queue.q:sqs_managed_sse_enabled"}
	_deny([t.resource("aws_sqs_queue", "q", {"sqs_managed_sse_enabled": "false", "kms_master_key_id": ""})]) == {"aws_sqs_queue.q:sqs_managed_sse_enabled"}
}

test_default_and_keys_pass if {
	_deny([
		t.resource("aws_sqs_queue", "default", {"name": "jobs"}),
		t.resource("aws_sqs_queue", "sse", {"sqs_managed_sse_enabled": true}),
		t.resource("aws_sqs_queue", "kms", {"kms_master_key_id": "alias/aws/sqs"}),
		t.resource("aws_sqs_queue", "cmk", {"sqs_managed_sse_enabled": false, "kms_master_key_id": t.unknown("aws_kms_key.q.arn")}),
	]) == set()
}

test_fix if {
	some v in rule.deny with input as t.input_of([t.resource("aws_sqs_queue", "q", {"sqs_managed_sse_enabled": false})])
	v.fix.actions == [{"op": "set", "path": ["sqs_managed_sse_enabled"], "value": true}]
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_sqs_queue", "q", {"sqs_managed_sse_enabled": t.unknown("var.sse")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_sqs_queue.q:sqs_managed_sse_enabled"}
	key := [t.resource("aws_sqs_queue", "q", {"sqs_managed_sse_enabled": false, "kms_master_key_id": t.unknown("var.key")})]
	_deny(key) == set()
	_deny_pessimistic(key) == {"aws_sqs_queue.q:sqs_managed_sse_enabled"}
}
