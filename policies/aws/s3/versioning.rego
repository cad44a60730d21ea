# METADATA
# title: S3 bucket versioning must be enabled
# description: >-
#   Without versioning, an object overwritten or deleted by mistake, by a
#   faulty deployment or by ransomware is gone for good.
# custom:
#   id: AWS-S3-003
#   severity: MEDIUM
#   category: data
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Add an aws_s3_bucket_versioning for the bucket with
#     versioning_configuration { status = "Enabled" } (AWS provider v4+), or
#     versioning { enabled = true } in the bucket (v3).
#   equivalents:
#     checkov: [CKV_AWS_21]
#     tfsec: [aws-s3-enable-versioning]
#     trivy: [AVD-AWS-0090]
#     kics: [568a4d22-3517-44a6-a7ad-6a7eed88722c]
#   fix: true
package aws.s3.versioning

import data.lib

_type := "aws_s3_bucket_versioning"

_index := lib.companion_index(_type, "bucket", "aws_s3_bucket")

# No versioning at all: neither an inline block (v3) nor a companion (v4+).
deny contains v if {
	some b in lib.resources("aws_s3_bucket")
	count(lib.blocks(b.attributes, "versioning")) == 0
	not lib.has_companion(b, _index, "bucket")
	fixes := [f |
		lib.plain_address(b) # before building the fix arguments: rarely true
		f := lib.fix_add_resource(
			"Add an aws_s3_bucket_versioning with status Enabled",
			b, _type, {"versioning_configuration": [{"status": "Enabled"}]}, {"bucket": lib.self_ref(b, "id")},
		)
	]
	msg := sprintf(`S3 bucket %q has no versioning; add an aws_s3_bucket_versioning with status = "Enabled"`, [b.name])
	v := lib.with_related(lib.violation_with_fixes(b, [], msg, fixes), lib.companion_related(b, _index))
}

# v3 inline block with versioning off, and no v4 companion overriding it.
deny contains v if {
	some b in lib.resources("aws_s3_bucket")
	some i, block in lib.blocks(b.attributes, "versioning")
	lib.is_false_or_absent(block, "enabled")
	not lib.has_companion(b, _index, "bucket")
	path := ["versioning", i, "enabled"]
	msg := sprintf("S3 bucket %q has versioning disabled; set versioning.enabled = true", [b.name])
	v := lib.with_related(lib.violation_fix(b, path, msg, lib.fix_set("Set enabled = true", path, true)), lib.companion_related(b, _index))
}

# v4+ companion with a status other than Enabled (Suspended, Disabled).
deny contains v if {
	some c in lib.resources(_type)
	some i, block in lib.blocks(c.attributes, "versioning_configuration")
	lib.not_equals(lib.get(block, "status", null), "Enabled")
	path := ["versioning_configuration", i, "status"]
	msg := sprintf(`S3 bucket versioning %q does not enable versioning; set status = "Enabled"`, [c.name])
	v := lib.violation_fix(c, path, msg, lib.fix_set(`Set status = "Enabled"`, path, "Enabled"))
}
