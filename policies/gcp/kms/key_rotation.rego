# METADATA
# title: Cloud KMS keys must rotate at least every 90 days
# description: >-
#   A symmetric key that never rotates, or rotates less often than every 90
#   days, protects ever more data with the same key material, so one
#   exposure of it compromises more of the data it encrypts.
# custom:
#   id: GCP-KMS-001
#   severity: MEDIUM
#   category: encryption
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["1.10"]}
#   remediation: >-
#     Set rotation_period = "7776000s" (90 days) or shorter on
#     google_kms_crypto_key. Only ENCRYPT_DECRYPT keys rotate automatically:
#     asymmetric and MAC keys, import_only keys and external (Cloud EKM) keys
#     are left out.
#   equivalents:
#     checkov: [CKV_GCP_43]
#     tfsec: [google-kms-rotate-kms-keys]
#   defaults:
#     - attribute: rotation_period
#       value: absent (no automatic rotation)
#       source: hashicorp/google v4, v5 and v6
#     - attribute: purpose
#       value: ENCRYPT_DECRYPT
#       source: hashicorp/google v4, v5 and v6
#   fix: true
package gcp.kms.key_rotation

import data.lib

_max_seconds := 7776000

_fix := lib.fix_set(`Set rotation_period = "7776000s"`, ["rotation_period"], "7776000s")

# _rotatable(r): Cloud KMS can rotate the key automatically: a symmetric
# ENCRYPT_DECRYPT key whose versions Google generates (not import_only) and
# keeps (not an external Cloud EKM key).
_rotatable(r) if {
	lib.equals(lib.get(r.attributes, "purpose", "ENCRYPT_DECRYPT"), "ENCRYPT_DECRYPT")
	lib.is_false_or_absent(r.attributes, "import_only")
	every t in lib.blocks(r.attributes, "version_template") {
		lib.not_in(lib.get(t, "protection_level", "SOFTWARE"), {"EXTERNAL", "EXTERNAL_VPC"})
	}
}

deny contains v if {
	some r in lib.resources("google_kms_crypto_key")
	_rotatable(r)
	lib.is_absent(r.attributes, "rotation_period")
	msg := sprintf(`KMS crypto key %q never rotates; set rotation_period = "7776000s" (90 days)`, [r.name])
	v := lib.violation_fix(r, ["rotation_period"], msg, _fix)
}

deny contains v if {
	some r in lib.resources("google_kms_crypto_key")
	_rotatable(r)
	period := lib.get(r.attributes, "rotation_period", null)
	lib.gcp_duration_over(period, _max_seconds)
	msg := sprintf(`KMS crypto key %q rotates every %s, more than 90 days; set rotation_period = "7776000s"`, [r.name, lib.show(period)])
	v := lib.violation_fix(r, ["rotation_period"], msg, _fix)
}
