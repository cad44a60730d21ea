# METADATA
# title: KMS keys must rotate their key material
# description: >-
#   Without automatic rotation a customer managed key keeps the same key
#   material forever, so one exposure of it compromises all data it ever
#   encrypted and will encrypt.
# custom:
#   id: AWS-KMS-001
#   severity: MEDIUM
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["4.6"]}
#   remediation: >-
#     Set enable_key_rotation = true on symmetric encryption keys (asymmetric
#     and HMAC keys cannot rotate automatically).
#   equivalents:
#     checkov: [CKV_AWS_7]
#     tfsec: [aws-kms-auto-rotate-keys]
#     trivy: [AVD-AWS-0065]
#   fix: true
package aws.kms.key_rotation

import data.lib

deny contains v if {
	some r in lib.resources("aws_kms_key")
	lib.equals(lib.get(r.attributes, "customer_master_key_spec", "SYMMETRIC_DEFAULT"), "SYMMETRIC_DEFAULT")
	lib.is_false_or_absent(r.attributes, "enable_key_rotation")
	msg := sprintf("KMS key %q does not rotate its key material; set enable_key_rotation = true", [r.name])
	v := lib.violation_fix(r, ["enable_key_rotation"], msg, lib.fix_set("Set enable_key_rotation = true", ["enable_key_rotation"], true))
}
