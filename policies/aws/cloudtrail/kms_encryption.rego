# METADATA
# title: CloudTrail logs must be encrypted with a customer managed KMS key
# description: >-
#   Trail logs record every API call in the account. Encrypting them with a
#   KMS key you control means reading them needs kms:Decrypt too, so a
#   principal with access to the log bucket alone cannot read them, and key
#   use is itself logged.
# custom:
#   id: AWS-CT-003
#   severity: MEDIUM
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["4.5"]}
#   remediation: >-
#     Set kms_key_id to the ARN of a customer managed KMS key whose policy
#     lets CloudTrail encrypt and your log readers decrypt.
#   equivalents:
#     checkov: [CKV_AWS_35]
#     tfsec: [aws-cloudtrail-enable-at-rest-encryption]
#     trivy: [AVD-AWS-0015]
#   defaults:
#     - attribute: kms_key_id
#       value: null
#       source: hashicorp/aws, logs encrypted with SSE-S3 only
#   fix: false
package aws.cloudtrail.kms_encryption

import data.lib

# The key ARN is the user's to choose: the fix is a template with a
# placeholder, offered as a commented snippet rather than written.
_fix := lib.template(lib.fix_set("Set kms_key_id to a customer managed KMS key", ["kms_key_id"], "<KMS key ARN>"))

deny contains v if {
	some r in lib.resources("aws_cloudtrail")
	lib.is_absent(r.attributes, "kms_key_id")
	msg := sprintf("CloudTrail trail %q does not encrypt its logs with a KMS key; set kms_key_id", [r.name])
	v := lib.violation_fix(r, ["kms_key_id"], msg, _fix)
}

# An empty string is the same as no key. The ARN or id of a KMS key or
# alias of the configuration is unknown before deploy but never empty.
deny contains v if {
	some r in lib.resources("aws_cloudtrail")
	key := lib.get(r.attributes, "kms_key_id", null)
	lib.equals(key, "")
	not _kms_reference(key)
	msg := sprintf("CloudTrail trail %q does not encrypt its logs with a KMS key; set kms_key_id", [r.name])
	v := lib.violation_fix(r, ["kms_key_id"], msg, _fix)
}

_kms_reference(x) if {
	some prefix in ["aws_kms_key.", "aws_kms_alias.", "data.aws_kms_key.", "data.aws_kms_alias."]
	startswith(lib.unknown_expr(x), prefix)
}
