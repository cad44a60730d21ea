package aws.ec2.ebs_encryption_test

import data.aws.ec2.ebs_encryption as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_unencrypted_volume if {
	_deny([t.resource("aws_ebs_volume", "v", {"size": 10})]) == {"aws_ebs_volume.v:encrypted"}
	_deny([t.resource("aws_ebs_volume", "v", {"encrypted": false})]) == {"aws_ebs_volume.v:encrypted"}
	some v in rule.deny with input as t.input_of([t.resource("aws_ebs_volume", "v", {})])
	v.fix.replaces == true
	v.fix.actions == [{"op": "set", "path": ["encrypted"], "value": true}]
}

test_encrypted_or_from_snapshot_passes if {
	_deny([
		t.resource("aws_ebs_volume", "a", {"encrypted": true}),
		t.resource("aws_ebs_volume", "b", {"snapshot_id": "snap-1"}),
	]) == set()
}

test_instance_block_devices_are_left_to_ec2_005 if {
	i := t.resource("aws_instance", "i", {"root_block_device": [{"encrypted": false}]})
	_deny([i]) == set()
}

test_default_encryption_covers_volumes if {
	_deny([t.resource("aws_ebs_encryption_by_default", "d", {}), t.resource("aws_ebs_volume", "v", {})]) == set()
	_deny([t.resource("aws_ebs_encryption_by_default", "d", {"enabled": true}), t.resource("aws_ebs_volume", "v", {})]) == set()
	_deny([t.resource("aws_ebs_encryption_by_default", "d", {"enabled": false}), t.resource("aws_ebs_volume", "v", {})]) == {"aws_ebs_volume.v:encrypted"}
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_ebs_volume", "v", {"encrypted": t.unknown("var.encrypted")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_ebs_volume.v:encrypted"}
	rd := [t.resource("aws_ebs_encryption_by_default", "d", {"enabled": t.unknown("var.on")}), t.resource("aws_ebs_volume", "v", {})]
	_deny(rd) == set()
	_deny_pessimistic(rd) == {"aws_ebs_volume.v:encrypted"}
}
