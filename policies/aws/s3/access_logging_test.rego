package aws.s3.access_logging_test

import data.aws.s3.access_logging as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_bucket := t.resource("aws_s3_bucket", "b", {"bucket": "data"})

_logs := t.resource("aws_s3_bucket", "logs", {"bucket": "my-logs"})

test_no_logging if {
	_deny([_bucket]) == {"aws_s3_bucket.b:"}
}

test_v4_logging_by_reference if {
	l := t.refs(t.resource("aws_s3_bucket_logging", "l", {"bucket": t.unknown("aws_s3_bucket.b.id"), "target_bucket": t.unknown("aws_s3_bucket.logs.id")}), ["aws_s3_bucket.b", "aws_s3_bucket.logs"])
	_deny([_bucket, _logs, l]) == set()
}

test_v4_logging_by_name if {
	l := t.resource("aws_s3_bucket_logging", "l", {"bucket": "data", "target_bucket": "my-logs"})
	_deny([_bucket, _logs, l]) == set()
}

test_v3_inline_logging_and_target_exempt if {
	b := t.refs(t.resource("aws_s3_bucket", "b", {"logging": [{"target_bucket": t.unknown("aws_s3_bucket.logs.id")}]}), ["aws_s3_bucket.logs"])
	_deny([b, _logs]) == set()
}

test_target_by_literal_name_exempt if {
	b := t.resource("aws_s3_bucket", "b", {"logging": [{"target_bucket": "my-logs"}]})
	_deny([b, _logs]) == set()
}

test_logging_for_other_bucket_does_not_count if {
	l := t.resource("aws_s3_bucket_logging", "l", {"bucket": "other", "target_bucket": "elsewhere"})
	_deny([_bucket, l]) == {"aws_s3_bucket.b:"}
}

test_floating_logging_is_inconclusive if {
	l := t.resource("aws_s3_bucket_logging", "l", {"bucket": t.unknown("var.bucket"), "target_bucket": "elsewhere"})
	_deny([_bucket, l]) == set()
	_deny_pessimistic([_bucket, l]) == {"aws_s3_bucket.b:"}
}

test_unknown_log_target_is_inconclusive if {
	# the logs bucket might be the unknown target of data's logging
	l := t.refs(t.resource("aws_s3_bucket_logging", "l", {"bucket": t.unknown("aws_s3_bucket.b.id"), "target_bucket": t.unknown("var.log_bucket")}), ["aws_s3_bucket.b"])
	_deny([_bucket, _logs, l]) == set()
	_deny_pessimistic([_bucket, _logs, l]) == {"aws_s3_bucket.logs:"}
}

test_target_naming_a_bucket_resource_is_not_floating if {
	l := t.refs(t.resource("aws_s3_bucket_logging", "l", {"bucket": t.unknown("aws_s3_bucket.b.id"), "target_bucket": t.unknown("aws_s3_bucket.logs.id")}), ["aws_s3_bucket.b", "aws_s3_bucket.logs"])
	other := t.resource("aws_s3_bucket", "other", {"bucket": "other"})
	_deny([_bucket, _logs, l, other]) == {"aws_s3_bucket.other:"}
}

test_unknown_inline_logging_block_is_inconclusive if {
	b := t.resource("aws_s3_bucket", "b", {"bucket": "data", "logging": t.unknown("var.logging")})
	_deny([b]) == set()
	_deny_pessimistic([b]) == {"aws_s3_bucket.b:"}
}
