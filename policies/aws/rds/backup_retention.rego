# METADATA
# title: RDS automated backups must be kept for at least 7 days
# description: >-
#   With automated backups off or kept for a day or two, a bad migration, a
#   deleted table or ransomware noticed after the weekend can no longer be
#   undone by a point-in-time restore.
# custom:
#   id: AWS-RDS-003
#   severity: MEDIUM
#   category: data
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set backup_retention_period to 7 or more (up to 35) on the DB instance
#     or cluster. Turning backups on for an instance that had 0 causes a
#     short outage when it is applied. Read replicas and Aurora cluster
#     members are not judged: their backups belong to the source or cluster.
#   equivalents:
#     checkov: [CKV_AWS_133]
#     tfsec: [aws-rds-specify-backup-retention]
#     trivy: [AVD-AWS-0077]
#   defaults:
#     - attribute: aws_db_instance.backup_retention_period
#       value: 0 (hashicorp/aws documentation; the RDS API itself defaults to 1)
#       source: hashicorp/aws v4+
#     - attribute: aws_rds_cluster.backup_retention_period
#       value: 1
#       source: hashicorp/aws v4+
#   fix: true
package aws.rds.backup_retention

import data.lib

_min_days := 7

# _fix sets the minimum retention.
_fix := lib.fix_set(sprintf("Set backup_retention_period = %d", [_min_days]), ["backup_retention_period"], _min_days)

# _short(r, fallback) is true when the retention in effect is below the
# minimum; an absent value takes the provider default, except on a restore
# from a snapshot, which keeps the snapshot's retention.
_short(r, fallback) if {
	lib.is_absent(r.attributes, "backup_retention_period")
	lib.is_absent(r.attributes, "snapshot_identifier")
	fallback < _min_days
}

_short(r, fallback) if lib.less_than(lib.get(r.attributes, "backup_retention_period", null), _min_days)

# _aurora_member: an aws_db_instance in an Aurora cluster, whose backups are
# the cluster's. An unknown engine may be one only in the normal pass.
_not_aurora(engine) if {
	is_string(engine)
	not startswith(lower(engine), "aurora")
}

_not_aurora(engine) if engine == null

_not_aurora(engine) if {
	lib.is_unknown(engine)
	lib.pessimistic
}

deny contains v if {
	some r in lib.resources("aws_db_instance")
	lib.is_absent(r.attributes, "replicate_source_db")
	_not_aurora(lib.get(r.attributes, "engine", null))
	_short(r, 0)
	msg := sprintf("database instance %q keeps automated backups for less than %d days; set backup_retention_period = %d", [r.name, _min_days, _min_days])
	v := lib.violation_fix(r, ["backup_retention_period"], msg, _fix)
}

deny contains v if {
	some r in lib.resources("aws_rds_cluster")
	_short(r, 1)
	msg := sprintf("RDS cluster %q keeps automated backups for less than %d days; set backup_retention_period = %d", [r.name, _min_days, _min_days])
	v := lib.violation_fix(r, ["backup_retention_period"], msg, _fix)
}
