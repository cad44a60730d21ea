# METADATA
# title: ElastiCache must encrypt connections in transit
# description: >-
#   Without in-transit encryption, cached data and the AUTH token travel in
#   clear between clients and the cache nodes, and between the nodes, where
#   anyone on the network path can read or alter them.
# custom:
#   id: AWS-ELC-002
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set transit_encryption_enabled = true on aws_elasticache_replication_group
#     (Redis OSS and Valkey) and keep transit_encryption_mode = "required";
#     set it on Memcached aws_elasticache_cluster (Memcached 1.6.12 or later).
#     Clients must connect with TLS. Replication groups on engine versions
#     before 7.0.5 and Memcached clusters are replaced by the change.
#   equivalents:
#     checkov: [CKV_AWS_30]
#     tfsec: [aws-elasticache-enable-in-transit-encryption]
#     trivy: [AVD-AWS-0051]
#   defaults:
#     - attribute: transit_encryption_enabled
#       value: false
#       source: hashicorp/aws, the ElastiCache API default
#     - attribute: transit_encryption_mode
#       value: required
#       source: hashicorp/aws, when transit_encryption_enabled is true
#   fix: true
package aws.elasticache.transit_encryption

import data.lib

# A member of a global datastore takes its settings from the primary.
deny contains v if {
	some r in lib.resources("aws_elasticache_replication_group")
	lib.is_absent(r.attributes, "global_replication_group_id")
	lib.is_false_or_absent(r.attributes, "transit_encryption_enabled")
	path := ["transit_encryption_enabled"]
	msg := sprintf("ElastiCache replication group %q does not encrypt connections; set transit_encryption_enabled = true", [r.name])
	v := lib.violation_fix(r, path, msg, _group_fix(r, lib.fix_set("Set transit_encryption_enabled = true", path, true)))
}

# "preferred" is the migration mode: it still accepts plain connections.
deny contains v if {
	some r in lib.resources("aws_elasticache_replication_group")
	lib.is_absent(r.attributes, "global_replication_group_id")
	lib.is_true(lib.get(r.attributes, "transit_encryption_enabled", null))
	lib.equals_ignore_case(lib.get(r.attributes, "transit_encryption_mode", "required"), "preferred")
	path := ["transit_encryption_mode"]
	msg := sprintf(`ElastiCache replication group %q still accepts unencrypted connections; set transit_encryption_mode = "required"`, [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set transit_encryption_mode = "required"`, path, "required"))
}

# A stand-alone Memcached cluster (1.6.12 or later). A Redis or Valkey
# aws_elasticache_cluster cannot enable TLS itself: it belongs in a
# replication group, judged above.
deny contains v if {
	some r in lib.resources("aws_elasticache_cluster")
	lib.is_absent(r.attributes, "replication_group_id")
	lib.equals_ignore_case(lib.get(r.attributes, "engine", null), "memcached")
	_version_at_least(lib.get(r.attributes, "engine_version", null), [1, 6, 12])
	lib.is_false_or_absent(r.attributes, "transit_encryption_enabled")
	path := ["transit_encryption_enabled"]
	msg := sprintf("ElastiCache Memcached cluster %q does not encrypt connections; set transit_encryption_enabled = true", [r.name])
	fix := lib.replacing(lib.fix_set("Set transit_encryption_enabled = true (replaces the cluster; cached data is lost)", path, true))
	v := lib.violation_fix(r, path, msg, fix)
}

# Enabling transit encryption in place needs engine version 7.0.5 or later
# (absent means the latest); before that the provider replaces the group.
_group_fix(r, fix) := lib.replacing(fix) if {
	_version_below(lib.get(r.attributes, "engine_version", null), [7, 0, 5])
	not _valkey(r) # Valkey versions start at 7.2
} else := fix

_valkey(r) if lower(r.attributes.engine) == "valkey"

# _version_at_least(v, min): v (a "1.6.22" string; null means the latest)
# is at least min. An unknown version counts only in the pessimistic pass.
_version_at_least(v, min) if v == null

_version_at_least(v, min) if _version(v) >= min

_version_at_least(v, min) if {
	lib.is_unknown(v)
	lib.pessimistic
}

_version_below(v, max) if _version(v) < max

# _version("7.0.5") is [7, 0, 5]; "6.x" is [6]. Arrays compare element by
# element, then by length.
_version(v) := [to_number(p) |
	some p in split(v, ".")
	regex.match(`^[0-9]+$`, p)
] if is_string(v)
