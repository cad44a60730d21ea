# METADATA
# title: Kinesis data streams must be encrypted at rest
# description: >-
#   Records in an unencrypted Kinesis stream are stored in clear for the
#   whole retention period, including any personal data or secrets they
#   carry.
# custom:
#   id: AWS-KIN-001
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set encryption_type = "KMS" and kms_key_id = "alias/aws/kinesis" (the
#     AWS managed key) or a customer managed KMS key. The change applies in
#     place; records already in the stream stay unencrypted until they expire.
#   equivalents:
#     checkov: [CKV_AWS_43]
#     tfsec: [aws-kinesis-enable-in-transit-encryption]
#     trivy: [AVD-AWS-0064]
#   defaults:
#     - attribute: encryption_type
#       value: NONE
#       source: hashicorp/aws
#   fix: true
package aws.kinesis.encryption

import data.lib

_fix := {
	"description": `Set encryption_type = "KMS" and kms_key_id = "alias/aws/kinesis"`,
	"actions": [
		{"op": "set", "path": ["encryption_type"], "value": "KMS"},
		{"op": "set", "path": ["kms_key_id"], "value": "alias/aws/kinesis"},
	],
}

_msg(r) := sprintf(`Kinesis stream %q is not encrypted at rest; set encryption_type = "KMS" and kms_key_id`, [r.name])

# encryption_type defaults to "NONE"; the API accepts it in any case.
deny contains v if {
	some r in lib.resources("aws_kinesis_stream")
	lib.not_in(_upper(lib.get(r.attributes, "encryption_type", "NONE")), {"KMS"})
	v := lib.violation_fix(r, ["encryption_type"], _msg(r), _fix)
}

# KMS without a key id does not encrypt (the API requires a key).
deny contains v if {
	some r in lib.resources("aws_kinesis_stream")
	lib.equals(_upper(lib.get(r.attributes, "encryption_type", "NONE")), "KMS")
	lib.is_absent(r.attributes, "kms_key_id")
	fix := lib.fix_set(`Set kms_key_id = "alias/aws/kinesis"`, ["kms_key_id"], "alias/aws/kinesis")
	v := lib.violation_fix(r, ["kms_key_id"], _msg(r), fix)
}

_upper(x) := upper(x) if is_string(x)

else := x
