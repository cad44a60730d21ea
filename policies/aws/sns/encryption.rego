# METADATA
# title: SNS topics must be encrypted at rest
# description: >-
#   Messages published to an unencrypted SNS topic are stored in clear until
#   they are delivered, including any personal data or secrets they carry.
# custom:
#   id: AWS-SNS-001
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set kms_master_key_id to "alias/aws/sns" (the AWS managed key) or to a
#     customer managed KMS key whose policy lets the publishing services use
#     it. The change applies in place.
#   equivalents:
#     checkov: [CKV_AWS_26]
#     tfsec: [aws-sns-enable-topic-encryption]
#     trivy: [AVD-AWS-0095]
#   defaults:
#     - attribute: kms_master_key_id
#       value: null
#       source: hashicorp/aws and the SNS API, no server-side encryption
#   fix: true
package aws.sns.encryption

import data.lib

_fix := lib.fix_set(`Set kms_master_key_id = "alias/aws/sns"`, ["kms_master_key_id"], "alias/aws/sns")

_msg(r) := sprintf(`SNS topic %q is not encrypted at rest; set kms_master_key_id = "alias/aws/sns" or a customer managed key`, [r.name])

deny contains v if {
	some r in lib.resources("aws_sns_topic")
	lib.is_absent(r.attributes, "kms_master_key_id")
	v := lib.violation_fix(r, ["kms_master_key_id"], _msg(r), _fix)
}

# An empty key id is no key. A key or alias of the configuration is unknown
# before deploy but never empty.
deny contains v if {
	some r in lib.resources("aws_sns_topic")
	key := lib.get(r.attributes, "kms_master_key_id", null)
	lib.equals(key, "")
	not _kms_reference(key)
	v := lib.violation_fix(r, ["kms_master_key_id"], _msg(r), _fix)
}

_kms_reference(x) if {
	some prefix in ["aws_kms_key.", "aws_kms_alias.", "data.aws_kms_key.", "data.aws_kms_alias."]
	startswith(lib.unknown_expr(x), prefix)
}
