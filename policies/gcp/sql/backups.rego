# METADATA
# title: Cloud SQL instances must have automated backups
# description: >-
#   Without automated backups, a dropped table, a faulty migration or a
#   corrupted disk cannot be rolled back, and the data may be lost for good.
# custom:
#   id: GCP-SQL-003
#   severity: MEDIUM
#   category: data
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["6.7"]}
#   remediation: >-
#     Add settings.backup_configuration { enabled = true } (with a
#     start_time, and point_in_time_recovery_enabled or binary_log_enabled
#     for point-in-time recovery). Read replicas, which cannot have backups
#     of their own, are left out.
#   equivalents:
#     checkov: [CKV_GCP_14]
#     tfsec: [google-sql-enable-backup]
#     kics: [cf3c7631-cd1e-42f3-8801-a561214a6e79]
#   defaults:
#     - attribute: settings.backup_configuration.enabled
#       value: false
#       source: hashicorp/google v4, v5 and v6
#   fix: true
package gcp.sql.backups

import data.lib

_msg(r) := sprintf("Cloud SQL instance %q has no automated backups; set backup_configuration.enabled = true", [r.name])

# Primary instances only: a replica names its master_instance_name.
_primaries contains r if {
	some r in lib.resources("google_sql_database_instance")
	lib.is_absent(r.attributes, "master_instance_name")
}

deny contains v if {
	some r in _primaries
	some i, settings in lib.blocks(r.attributes, "settings")
	lib.is_in(lib.get(settings, "backup_configuration", []), [[]])
	path := ["settings", i, "backup_configuration"]
	fix := lib.fix_add_block("Add backup_configuration with enabled = true", path, {"enabled": true})
	v := lib.violation_fix(r, path, _msg(r), fix)
}

deny contains v if {
	some r in _primaries
	some i, settings in lib.blocks(r.attributes, "settings")
	some j, backup in lib.blocks(settings, "backup_configuration")
	lib.is_false_or_absent(backup, "enabled")
	path := ["settings", i, "backup_configuration", j, "enabled"]
	v := lib.violation_fix(r, path, _msg(r), lib.fix_set("Set enabled = true", path, true))
}
