# METADATA
# title: SQS queues must be encrypted at rest
# description: >-
#   Messages in an unencrypted SQS queue are stored in clear until they are
#   consumed or expire, including any personal data or secrets they carry.
# custom:
#   id: AWS-SQS-001
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Remove sqs_managed_sse_enabled = false (new queues get SSE-SQS by
#     default) or set it to true, or set kms_master_key_id to
#     "alias/aws/sqs" or a customer managed KMS key. The change applies in
#     place.
#   equivalents:
#     checkov: [CKV_AWS_27]
#     tfsec: [aws-sqs-enable-queue-encryption]
#     trivy: [AVD-AWS-0096]
#   defaults:
#     - attribute: sqs_managed_sse_enabled
#       value: true
#       source: >-
#         SQS API default for queues created since October 2022;
#         hashicorp/aws leaves the argument computed
#     - attribute: kms_master_key_id
#       value: null
#       source: hashicorp/aws, no SSE-KMS
#   fix: true
package aws.sqs.encryption

import data.lib

# SQS encrypts new queues with SSE-SQS unless told otherwise, so only an
# explicit sqs_managed_sse_enabled = false without a KMS key leaves the
# queue unencrypted. The provider lets the two settings exclude each other.
deny contains v if {
	some r in lib.resources("aws_sqs_queue")
	lib.is_false(lib.get(r.attributes, "sqs_managed_sse_enabled", null))
	_no_kms_key(r)
	path := ["sqs_managed_sse_enabled"]
	msg := sprintf("SQS queue %q is not encrypted at rest; set sqs_managed_sse_enabled = true or kms_master_key_id", [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set sqs_managed_sse_enabled = true", path, true))
}

_no_kms_key(r) if lib.is_absent(r.attributes, "kms_master_key_id")

# An empty key id is no key. A key or alias of the configuration is unknown
# before deploy but never empty.
_no_kms_key(r) if {
	key := lib.get(r.attributes, "kms_master_key_id", null)
	lib.equals(key, "")
	not _kms_reference(key)
}

_kms_reference(x) if {
	some prefix in ["aws_kms_key.", "aws_kms_alias.", "data.aws_kms_key.", "data.aws_kms_alias."]
	startswith(lib.unknown_expr(x), prefix)
}
