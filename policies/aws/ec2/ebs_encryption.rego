# METADATA
# title: EBS volumes must be encrypted
# description: >-
#   An unencrypted EBS volume, and every snapshot taken from it, holds the
#   instance's data in clear; a shared or leaked snapshot exposes it.
# custom:
#   id: AWS-EC2-003
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set encrypted = true on aws_ebs_volume, or turn on
#     aws_ebs_encryption_by_default for the region. Changing encryption
#     replaces the volume: migrate the data through an encrypted snapshot.
#     Block devices declared inside instances and launch templates are
#     covered by AWS-EC2-005.
#   equivalents:
#     checkov: [CKV_AWS_3]
#     tfsec: [aws-ec2-enable-volume-encryption]
#     trivy: [AVD-AWS-0026]
#     kics: [cc997676-481b-4e93-aa81-d19f8c5e9b12]
#   defaults:
#     - attribute: encrypted
#       value: false
#       source: hashicorp/aws, unless aws_ebs_encryption_by_default is on
#     - attribute: aws_ebs_encryption_by_default.enabled
#       value: true
#       source: hashicorp/aws v3+
#   fix: true
package aws.ec2.ebs_encryption

import data.lib

# Encryption by default (aws_ebs_encryption_by_default, enabled defaults to
# true) encrypts every new volume of the region; every() over none is true.
_no_default_encryption if {
	every d in lib.resources("aws_ebs_encryption_by_default") {
		_default_off(d)
	}
}

_default_off(d) if lib.is_false(lib.get(d.attributes, "enabled", true))

_default_off(d) if {
	lib.may_not_exist(d)
	lib.pessimistic
}

# Changing encrypted replaces the volume, so the fix is marked as
# replacing: the fix engine applies it only when asked to.
deny contains v if {
	_no_default_encryption
	some r in lib.resources("aws_ebs_volume")
	lib.is_absent(r.attributes, "snapshot_id") # a volume from a snapshot inherits its encryption
	lib.is_false_or_absent(r.attributes, "encrypted")
	fix := lib.replacing(lib.fix_set("Set encrypted = true (replaces the volume; existing data is not migrated)", ["encrypted"], true))
	v := lib.violation_fix(r, ["encrypted"], sprintf("EBS volume %q is not encrypted; set encrypted = true", [r.name]), fix)
}
