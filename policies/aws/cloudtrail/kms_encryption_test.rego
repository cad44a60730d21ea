package aws.cloudtrail.kms_encryption_test

import data.aws.cloudtrail.kms_encryption as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_no_key if {
	_deny([t.resource("aws_cloudtrail", "t", {})]) == {"aws_cloudtrail.t:kms_key_id"}
	_deny([t.resource("aws_cloudtrail", "t", {"kms_key_id": ""})]) == {"aws_cloudtrail.t:kms_key_id"}
}

test_fix_is_a_template if {
	some v in rule.deny with input as t.input_of([t.resource("aws_cloudtrail", "t", {})])
	v.fix.template == true
	v.fix.actions == [{"op": "set", "path": ["kms_key_id"], "value": "<KMS key ARN>"}]
}

test_key_passes if {
	_deny([t.resource("aws_cloudtrail", "t", {"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/abc"})]) == set()
}

test_key_from_a_resource_passes if {
	# kms_key_id = aws_kms_key.trail.arn is unknown before deploy but set:
	# it is not empty, so even the pessimistic pass has nothing to report.
	rs := [t.resource("aws_cloudtrail", "t", {"kms_key_id": t.unknown("aws_kms_key.trail.arn")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == set()
}

test_unknown_key_may_be_empty if {
	rs := [t.resource("aws_cloudtrail", "t", {"kms_key_id": t.unknown("var.key")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_cloudtrail.t:kms_key_id"}
}
