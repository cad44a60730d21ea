# METADATA
# title: Instance and launch template block devices must be encrypted
# description: >-
#   A root or data volume created unencrypted from an instance, launch
#   template or launch configuration keeps the server's disk, and every
#   snapshot taken from it, in clear; a shared or leaked snapshot exposes it.
# custom:
#   id: AWS-EC2-005
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set encrypted = true in the root_block_device and ebs_block_device
#     blocks of aws_instance, aws_spot_instance_request and
#     aws_launch_configuration, and in
#     block_device_mappings { ebs { encrypted = "true" } } of
#     aws_launch_template, or turn on aws_ebs_encryption_by_default for the
#     region. Changing encryption replaces an instance's volumes: migrate the
#     data through an encrypted snapshot first. A launch template change only
#     makes a new template version.
#   equivalents:
#     checkov: [CKV_AWS_8]
#     tfsec: [aws-ec2-enable-at-rest-encryption]
#     trivy: [AVD-AWS-0131, AVD-AWS-0008]
#   defaults:
#     - attribute: root_block_device.encrypted, ebs_block_device.encrypted
#       value: false
#       source: hashicorp/aws, unless aws_ebs_encryption_by_default is on
#     - attribute: block_device_mappings.ebs.encrypted
#       value: false
#       source: hashicorp/aws, unless aws_ebs_encryption_by_default is on
#     - attribute: aws_ebs_encryption_by_default.enabled
#       value: true
#       source: hashicorp/aws v3+
#   fix: true
package aws.ec2.block_device_encryption

import data.lib

# Encryption by default (aws_ebs_encryption_by_default, enabled defaults to
# true) encrypts every new volume of the region; every() over none is true.
# A resource that may not exist cannot be counted on in the pessimistic pass.
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

# The provider forces a new instance or launch configuration when a block
# device's encryption changes; a launch template only gets a new version.
_fix(r, path) := lib.replacing(lib.fix_set("Set encrypted = true (replaces the volume; existing data is not migrated)", path, true)) if {
	r.type != "aws_launch_template"
}

_fix(r, path) := lib.fix_set(`Set encrypted = "true"`, path, "true") if {
	r.type == "aws_launch_template"
}

# _unencrypted(block): the block device is not encrypted and not created
# from a snapshot (which it would inherit its encryption from). False
# rather than undefined otherwise: OPA keeps the value of a call for the
# same arguments, not a failure, and instances repeat the same few blocks.
_unencrypted(block) := true if {
	lib.is_absent(block, "snapshot_id")
	lib.is_false_or_absent(block, "encrypted")
} else := false

_labels := {
	"aws_instance": "instance",
	"aws_spot_instance_request": "spot instance request",
	"aws_launch_configuration": "launch configuration",
}

# Instances, spot instance requests and launch configurations:
# root_block_device (created from the AMI) and ebs_block_device (a volume
# from a snapshot inherits the snapshot's encryption).
deny contains v if {
	_no_default_encryption
	some t, _ in _labels
	some r in lib.resources(t)
	some key in ["root_block_device", "ebs_block_device"]
	some i, block in lib.blocks(r.attributes, key)
	_unencrypted(block)
	path := [key, i, "encrypted"]
	msg := sprintf("%s %q has an unencrypted %s; set encrypted = true", [_labels[t], r.name, key])
	v := lib.violation_fix(r, path, msg, _fix(r, path))
}

# Launch templates: block_device_mappings { ebs { encrypted = "true" } }.
# The argument is a string ("true"/"false"); is_false accepts both forms.
deny contains v if {
	_no_default_encryption
	some r in lib.resources("aws_launch_template")
	some i, mapping in lib.blocks(r.attributes, "block_device_mappings")
	some j, ebs in lib.blocks(mapping, "ebs")
	_unencrypted(ebs)
	path := ["block_device_mappings", i, "ebs", j, "encrypted"]
	msg := sprintf(`launch template %q maps an unencrypted EBS volume; set ebs.encrypted = "true"`, [r.name])
	v := lib.violation_fix(r, path, msg, _fix(r, path))
}
