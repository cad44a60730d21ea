package aws.kms.key_rotation_test

import data.aws.kms.key_rotation as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_rotation_off if {
	_deny([t.resource("aws_kms_key", "k", {})]) == {"aws_kms_key.k:enable_key_rotation"}
	_deny([t.resource("aws_kms_key", "k", {"enable_key_rotation": false, "customer_master_key_spec": "SYMMETRIC_DEFAULT"})]) == {"aws_kms_key.k:enable_key_rotation"}
}

test_rotation_on_and_asymmetric_pass if {
	_deny([
		t.resource("aws_kms_key", "a", {"enable_key_rotation": true}),
		t.resource("aws_kms_key", "rsa", {"customer_master_key_spec": "RSA_2048", "key_usage": "SIGN_VERIFY"}),
		t.resource("aws_kms_key", "hmac", {"customer_master_key_spec": "HMAC_256", "key_usage": "GENERATE_VERIFY_MAC"}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_kms_key", "k", {"enable_key_rotation": t.unknown("var.rotate")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_kms_key.k:enable_key_rotation"}
	spec := [t.resource("aws_kms_key", "k", {"customer_master_key_spec": t.unknown("var.spec")})]
	_deny(spec) == set()
	_deny_pessimistic(spec) == {"aws_kms_key.k:enable_key_rotation"}
}
