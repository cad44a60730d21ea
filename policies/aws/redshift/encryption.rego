# METADATA
# title: Redshift clusters must be encrypted at rest
# description: >-
#   An unencrypted Redshift cluster stores the warehouse's tables, and every
#   snapshot of them, in clear on AWS storage.
# custom:
#   id: AWS-RS-001
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set encrypted = true (optionally with kms_key_id), or remove
#     encrypted = false with hashicorp/aws v6+, where it defaults to true. With
#     v5 or earlier set it explicitly: the provider default there is false.
#     Redshift encrypts an existing cluster in place (it migrates the data
#     during the change).
#   equivalents:
#     checkov: [CKV_AWS_64]
#     tfsec: [aws-redshift-encryption-customer-key]
#     trivy: [AVD-AWS-0084]
#   defaults:
#     - attribute: encrypted
#       value: true
#       source: hashicorp/aws v6+; false in v5 and earlier
#   fix: true
package aws.redshift.encryption

import data.lib

# The default changed in provider v6 (to true, as AWS did for new clusters)
# and the provider version is not known here, so only an explicit false is
# reported. A restore from a snapshot keeps the snapshot's encryption.
deny contains v if {
	some r in lib.resources("aws_redshift_cluster")
	lib.is_absent(r.attributes, "snapshot_identifier")
	lib.is_absent(r.attributes, "snapshot_arn")
	lib.is_false(lib.get(r.attributes, "encrypted", null))
	msg := sprintf("Redshift cluster %q is not encrypted at rest; set encrypted = true", [r.name])
	v := lib.violation_fix(r, ["encrypted"], msg, lib.fix_set("Set encrypted = true", ["encrypted"], true))
}
