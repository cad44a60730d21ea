# METADATA
# title: S3 bucket server access logging must be enabled
# description: >-
#   Without server access logs there is no record of who read, wrote or
#   deleted which object, so a data leak cannot be investigated.
# custom:
#   id: AWS-S3-004
#   severity: LOW
#   category: logging
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Add an aws_s3_bucket_logging for the bucket with a target_bucket that
#     collects access logs (AWS provider v4+), or a logging block in the
#     bucket (v3). Buckets that receive access logs are not reported.
#   equivalents:
#     checkov: [CKV_AWS_18]
#     tfsec: [aws-s3-enable-bucket-logging]
#     trivy: [AVD-AWS-0089]
#     kics: [f861041c-8c9f-4156-acfc-5e6e524f5884]
#   fix: false
package aws.s3.access_logging

import data.lib

_type := "aws_s3_bucket_logging"

_index := lib.companion_index(_type, "bucket", "aws_s3_bucket")

# Inline logging blocks (v3) by bucket id, only for the buckets that have
# some. Computed once: the helpers below would otherwise each list the
# blocks of every bucket again.
_inline_logging := {b.id: blocks |
	some b in lib.resources("aws_s3_bucket")
	blocks := lib.blocks(b.attributes, "logging")
	count(blocks) > 0
}

# Names of buckets that receive access logs, written literally.
_target_names contains name if {
	some c in lib.resources(_type)
	name := c.attributes.target_bucket
	is_string(name)
}

_target_names contains name if {
	some blocks in _inline_logging
	some block in blocks
	name := block.target_bucket
	is_string(name)
}

# Ids of the buckets that a bucket (or bucket data source) with an inline
# logging block references: the target of target_bucket =
# aws_s3_bucket.logs.id. The same as looking up lib.referrers(b,
# "aws_s3_bucket") for every bucket, built once from the few that log.
_referenced_by_logging contains id if {
	some other_id, _ in _inline_logging
	some id in input.resources[other_id].references
}

_referenced_by_logging contains id if {
	some other in lib.data_sources("aws_s3_bucket")
	count(lib.blocks(other.attributes, "logging")) > 0
	some id in other.references
}

# A log target bucket need not log itself (it would log its own logging).
# Reference links are covered by has_companion(): a logging resource that
# references the bucket as its target counts as its companion too.
_is_log_target(b) if b.attributes.bucket in _target_names

_is_log_target(b) if b.id in _referenced_by_logging

# Logging configurations whose target bucket is unknown and not a bucket
# resource of this configuration (target_bucket = var.log_bucket): any
# bucket might be their target.
_floating_targets contains c.id if {
	some c in lib.resources(_type)
	_floating_target(lib.get(c.attributes, "target_bucket", null))
}

_floating_targets contains id if {
	some id, blocks in _inline_logging
	some block in blocks
	_floating_target(lib.get(block, "target_bucket", null))
}

_floating_target(t) if {
	lib.is_unknown(t)
	not startswith(lib.unknown_expr(t), "aws_s3_bucket.")
}

# Whether any floating target exists is the same for every bucket.
_any_floating_target if count(_floating_targets) > 0

# Three-valued like lib.has_companion: in the normal pass a floating target
# might be this bucket.
_may_be_log_target(b) if _is_log_target(b)

_may_be_log_target(b) if {
	_any_floating_target
	not lib.pessimistic
}

# No inline logging block (v3); an unknown one (a dynamic block over an
# unknown collection) may be empty.
_no_logging_block(b) if not _inline_logging[b.id]

_no_logging_block(b) if {
	some block in _inline_logging[b.id]
	lib.is_unknown(block)
	lib.pessimistic
}

deny contains v if {
	some b in lib.resources("aws_s3_bucket")
	_no_logging_block(b)
	not lib.has_companion(b, _index, "bucket")
	not _may_be_log_target(b)
	msg := sprintf("S3 bucket %q has no server access logging; add an aws_s3_bucket_logging with a target_bucket", [b.name])
	v := lib.with_related(lib.violation(b, [], msg), lib.companion_related(b, _index) | _floating_targets)
}
