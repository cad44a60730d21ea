package gcp.kms.key_rotation_test

import data.gcp.kms.key_rotation as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_no_or_slow_rotation if {
	_deny([t.resource("google_kms_crypto_key", "k", {"key_ring": "r"})]) == {"google_kms_crypto_key.k:rotation_period"}
	_deny([t.resource("google_kms_crypto_key", "k", {"rotation_period": "31536000s"})]) == {"google_kms_crypto_key.k:rotation_period"}
	_deny([t.resource("google_kms_crypto_key", "k", {"purpose": "ENCRYPT_DECRYPT", "rotation_period": "7776000.5s"})]) == {"google_kms_crypto_key.k:rotation_period"}
	_deny([t.resource("google_kms_crypto_key", "hsm", {"version_template": [{"algorithm": "GOOGLE_SYMMETRIC_ENCRYPTION", "protection_level": "HSM"}]})]) == {"google_kms_crypto_key.hsm:rotation_period"}
}

test_fast_rotation_and_asymmetric_pass if {
	_deny([
		t.resource("google_kms_crypto_key", "a", {"rotation_period": "7776000s"}),
		t.resource("google_kms_crypto_key", "b", {"rotation_period": "2592000s"}),
		t.resource("google_kms_crypto_key", "sign", {"purpose": "ASYMMETRIC_SIGN"}),
		t.resource("google_kms_crypto_key", "mac", {"purpose": "MAC"}),
		t.resource("google_kms_crypto_key", "imported", {"import_only": true, "skip_initial_version_creation": true}),
		t.resource("google_kms_crypto_key", "ekm", {"version_template": [{"algorithm": "EXTERNAL_SYMMETRIC_ENCRYPTION", "protection_level": "EXTERNAL"}]}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("google_kms_crypto_key", "k", {"rotation_period": t.unknown("var.rotation")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_kms_crypto_key.k:rotation_period"}
}
