package aws.efs.encryption_test

import data.aws.efs.encryption as rule
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
	_deny([t.resource("aws_efs_file_system", "fs", {"creation_token": "x"})]) == {"aws_efs_file_system.fs:encrypted"}
	_deny([t.resource("aws_efs_file_system", "fs", {"encrypted": false})]) == {"aws_efs_file_system.fs:encrypted"}
}

test_encrypted_passes if {
	_deny([t.resource("aws_efs_file_system", "fs", {"encrypted": true, "kms_key_id": t.unknown("aws_kms_key.k.arn")})]) == set()
}

test_fix_replaces if {
	some v in rule.deny with input as t.input_of([t.resource("aws_efs_file_system", "fs", {})])
	v.fix.replaces == true
	v.fix.actions == [{"op": "set", "path": ["encrypted"], "value": true}]
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_efs_file_system", "fs", {"encrypted": t.unknown("var.encrypted")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_efs_file_system.fs:encrypted"}
}
