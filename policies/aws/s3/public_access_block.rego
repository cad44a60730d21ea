# METADATA
# title: S3 bucket must have a public access block with all four settings on
# description: >-
#   Without S3 Block Public Access, one ACL or bucket policy written by
#   mistake, today or later, makes the bucket's data public. The four
#   settings together stop public ACLs and public policies from taking
#   effect. An account-level aws_s3_account_public_access_block with all four
#   settings on covers every bucket.
# custom:
#   id: AWS-S3-002
#   severity: HIGH
#   category: data
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["3.1.4"]}
#   remediation: >-
#     Add an aws_s3_bucket_public_access_block for the bucket with
#     block_public_acls, block_public_policy, ignore_public_acls and
#     restrict_public_buckets all set to true.
#   equivalents:
#     checkov: [CKV_AWS_53, CKV_AWS_54, CKV_AWS_55, CKV_AWS_56, CKV2_AWS_6]
#     tfsec: [aws-s3-block-public-acls, aws-s3-block-public-policy, aws-s3-ignore-public-acls, aws-s3-no-public-buckets, aws-s3-specify-public-access-block]
#     trivy: [AVD-AWS-0086, AVD-AWS-0087, AVD-AWS-0091, AVD-AWS-0093, AVD-AWS-0094]
#   fix: true
package aws.s3.public_access_block

import data.lib

_type := "aws_s3_bucket_public_access_block"

_flags := ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

_index := lib.companion_index(_type, "bucket", "aws_s3_bucket")

# The account-level block protects every bucket only when all four flags are
# on; every() over no account blocks is true.
_account_unprotected if {
	every a in lib.resources("aws_s3_account_public_access_block") {
		_account_block_off(a)
	}
}

_account_block_off(a) if {
	some flag in _flags
	lib.is_false_or_absent(a.attributes, flag)
}

_account_block_off(a) if {
	lib.may_not_exist(a)
	lib.pessimistic
}

_block_attributes := {flag: true | some flag in _flags}

# The account-level blocks a missing bucket block depends on, computed once
# rather than for every bucket.
_account_ids := {a.id | some a in lib.resources("aws_s3_account_public_access_block")}

deny contains v if {
	_account_unprotected
	some b in lib.resources("aws_s3_bucket")
	not lib.has_companion(b, _index, "bucket")
	fixes := [f |
		lib.plain_address(b) # before building the fix arguments: rarely true
		f := lib.fix_add_resource(
			"Add an aws_s3_bucket_public_access_block with all four settings on",
			b, _type, _block_attributes, {"bucket": lib.self_ref(b, "id")},
		)
	]
	msg := sprintf("S3 bucket %q has no public access block; add an aws_s3_bucket_public_access_block with all four settings true", [b.name])
	related := lib.companion_related(b, _index) | _account_ids
	v := lib.with_related(lib.violation_with_fixes(b, [], msg, fixes), related)
}

deny contains v if {
	some c in lib.resources(_type)
	some flag in _flags
	lib.is_false_or_absent(c.attributes, flag)
	msg := sprintf("S3 public access block %q does not set %s; set %s = true", [c.name, flag, flag])
	v := lib.violation_fix(c, [flag], msg, lib.fix_set(sprintf("Set %s = true", [flag]), [flag], true))
}
