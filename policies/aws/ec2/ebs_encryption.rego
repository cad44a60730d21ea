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
#     Set encrypted = true on aws_ebs_volume and on the instance's
#     root_block_device and ebs_block_device blocks, or turn on
#     aws_ebs_encryption_by_default for the region. Changing encryption
#     replaces the volume: migrate the data through an encrypted snapshot.
#   equivalents:
#     checkov: [CKV_AWS_3, CKV_AWS_8]
#     tfsec: [aws-ec2-enable-volume-encryption, aws-ec2-enable-at-rest-encryption]
#     trivy: [AVD-AWS-0026, AVD-AWS-0131]
#     kics: [cc997676-481b-4e93-aa81-d19f8c5e9b12]
#   fix: false
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
	lib.pessimistic
	lib.may_not_exist(d)
}

# No fix is offered: changing encrypted replaces the volume (data loss).
deny contains v if {
	_no_default_encryption
	some r in lib.resources("aws_ebs_volume")
	lib.is_absent(r.attributes, "snapshot_id") # a volume from a snapshot inherits its encryption
	lib.is_false_or_absent(r.attributes, "encrypted")
	v := lib.violation(r, ["encrypted"], sprintf("EBS volume %q is not encrypted; set encrypted = true", [r.name]))
}

deny contains v if {
	_no_default_encryption
	some r in lib.resources("aws_instance")
	some key in ["root_block_device", "ebs_block_device"]
	some i, block in lib.blocks(r.attributes, key)
	lib.is_absent(block, "snapshot_id")
	lib.is_false_or_absent(block, "encrypted")
	v := lib.violation(r, [key, i, "encrypted"], sprintf("instance %q has an unencrypted %s; set encrypted = true", [r.name, key]))
}
