# METADATA
# title: EFS file systems must be encrypted at rest
# description: >-
#   An unencrypted EFS file system stores every file, and every backup of it,
#   in clear on AWS storage; encryption can only be chosen when the file
#   system is created.
# custom:
#   id: AWS-EFS-001
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["3.3.1"]}
#   remediation: >-
#     Set encrypted = true (optionally with kms_key_id). Encryption cannot be
#     turned on for an existing file system: the change replaces it, so copy
#     the data (AWS DataSync or a backup restore) into the new encrypted file
#     system.
#   equivalents:
#     checkov: [CKV_AWS_42]
#     tfsec: [aws-efs-enable-at-rest-encryption]
#     trivy: [AVD-AWS-0037]
#   defaults:
#     - attribute: encrypted
#       value: false
#       source: hashicorp/aws, the EFS API default
#   fix: true
package aws.efs.encryption

import data.lib

# The console encrypts new file systems by default, the API (and the
# provider) does not. encrypted forces a new file system.
deny contains v if {
	some r in lib.resources("aws_efs_file_system")
	lib.is_false_or_absent(r.attributes, "encrypted")
	msg := sprintf("EFS file system %q is not encrypted at rest; set encrypted = true", [r.name])
	fix := lib.replacing(lib.fix_set("Set encrypted = true (replaces the file system; existing data is not migrated)", ["encrypted"], true))
	v := lib.violation_fix(r, ["encrypted"], msg, fix)
}
