# METADATA
# title: RDS databases must allow IAM database authentication
# description: >-
#   Without IAM authentication every application and person logs in with a
#   long-lived database password that is copied into configuration, never
#   rotated and not revoked when someone leaves.
# custom:
#   id: AWS-RDS-005
#   severity: MEDIUM
#   category: identity
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set iam_database_authentication_enabled = true and grant rds-db:connect
#     to the roles that need a database user. Only MySQL, PostgreSQL and
#     Aurora MySQL/PostgreSQL (provisioned or Serverless v2) are judged;
#     other engines, Aurora Serverless v1 and read replicas do not support or
#     do not control the setting.
#   equivalents:
#     checkov: [CKV_AWS_161, CKV_AWS_162]
#     trivy: [AVD-AWS-0176]
#   defaults:
#     - attribute: iam_database_authentication_enabled
#       value: false
#       source: hashicorp/aws v4+ (aws_db_instance and aws_rds_cluster)
#     - attribute: aws_rds_cluster.engine_mode
#       value: provisioned
#       source: hashicorp/aws v4+
#   fix: true
package aws.rds.iam_auth

import data.lib

# Engines whose instances support IAM database authentication. MariaDB is
# left out: support depends on the engine version.
_instance_engines := {"mysql", "postgres"}

_cluster_engines := {"aurora", "aurora-mysql", "aurora-postgresql"}

_fix := lib.fix_set("Set iam_database_authentication_enabled = true", ["iam_database_authentication_enabled"], true)

deny contains v if {
	some r in lib.resources("aws_db_instance")
	lib.is_absent(r.attributes, "replicate_source_db")
	lib.is_in_ignore_case(lib.get(r.attributes, "engine", null), _instance_engines)
	lib.is_false_or_absent(r.attributes, "iam_database_authentication_enabled")
	msg := sprintf("database instance %q only accepts password logins; set iam_database_authentication_enabled = true", [r.name])
	v := lib.violation_fix(r, ["iam_database_authentication_enabled"], msg, _fix)
}

deny contains v if {
	some r in lib.resources("aws_rds_cluster")
	lib.is_in_ignore_case(lib.get(r.attributes, "engine", null), _cluster_engines)
	lib.not_equals(lib.get(r.attributes, "engine_mode", "provisioned"), "serverless")
	lib.is_false_or_absent(r.attributes, "iam_database_authentication_enabled")
	msg := sprintf("RDS cluster %q only accepts password logins; set iam_database_authentication_enabled = true", [r.name])
	v := lib.violation_fix(r, ["iam_database_authentication_enabled"], msg, _fix)
}
