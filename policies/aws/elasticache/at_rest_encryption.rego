# METADATA
# title: ElastiCache replication groups must be encrypted at rest
# description: >-
#   Without encryption at rest, a Redis replication group writes its data in
#   clear to disk during sync, swap and backup operations, and its backups
#   in S3 are unencrypted too.
# custom:
#   id: AWS-ELC-001
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set at_rest_encryption_enabled = true (optionally with kms_key_id), or
#     use the valkey engine, which encrypts at rest by default. The setting
#     can only be chosen at creation: the change replaces the replication
#     group, so take a backup and restore it into the new one.
#   equivalents:
#     checkov: [CKV_AWS_29]
#     tfsec: [aws-elasticache-enable-at-rest-encryption]
#     trivy: [AVD-AWS-0045]
#   defaults:
#     - attribute: at_rest_encryption_enabled
#       value: false
#       source: >-
#         ElastiCache API with engine redis, the provider's default engine;
#         true with engine valkey; hashicorp/aws leaves it computed
#   fix: true
package aws.elasticache.at_rest_encryption

import data.lib

_msg(r) := sprintf("ElastiCache replication group %q is not encrypted at rest; set at_rest_encryption_enabled = true", [r.name])

_fix := lib.replacing(lib.fix_set(
	"Set at_rest_encryption_enabled = true (replaces the replication group; existing data is not migrated)",
	["at_rest_encryption_enabled"], true,
))

# An explicit false, whatever the engine. A member of a global datastore
# takes its encryption settings from the primary and cannot set them.
deny contains v if {
	some r in lib.resources("aws_elasticache_replication_group")
	lib.is_absent(r.attributes, "global_replication_group_id")
	lib.is_false(lib.get(r.attributes, "at_rest_encryption_enabled", null))
	v := lib.violation_fix(r, ["at_rest_encryption_enabled"], _msg(r), _fix)
}

# Absent: false for Redis OSS (the default engine), true for Valkey.
deny contains v if {
	some r in lib.resources("aws_elasticache_replication_group")
	lib.is_absent(r.attributes, "global_replication_group_id")
	lib.is_absent(r.attributes, "at_rest_encryption_enabled")
	lib.equals_ignore_case(lib.get(r.attributes, "engine", "redis"), "redis")
	v := lib.violation_fix(r, ["at_rest_encryption_enabled"], _msg(r), _fix)
}
