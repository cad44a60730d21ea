package aws.sns.encryption_test

import data.aws.sns.encryption as rule
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
	_deny([t.resource("aws_sns_topic", "t", {"name": "alerts"})]) == {"aws_sns_topic.t:kms_master_key_id"}
	_deny([t.resource("aws_sns_topic", "t", {"kms_master_key_id": ""})]) == {"aws_sns_topic.t:kms_master_key_id"}
}

test_encrypted_passes if {
	_deny([t.resource("aws_sns_topic", "t", {"kms_master_key_id": "alias/aws/sns"})]) == set()
	rs := [t.resource("aws_sns_topic", "t", {"kms_master_key_id": t.unknown("aws_kms_key.sns.id")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == set()
}

test_fix if {
	some v in rule.deny with input as t.input_of([t.resource("aws_sns_topic", "t", {})])
	v.fix.actions == [{"op": "set", "path": ["kms_master_key_id"], "value": "alias/aws/sns"}]
	not "replaces" in object.keys(v.fix)
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_sns_topic", "t", {"kms_master_key_id": t.unknown("var.key")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_sns_topic.t:kms_master_key_id"}
}
