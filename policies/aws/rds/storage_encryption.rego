# METADATA
# title: RDS storage must be encrypted
# description: >-
#   Unencrypted database storage leaves the data, its automated backups,
#   snapshots and read replicas readable to anyone who obtains a copy.
# custom:
#   id: AWS-RDS-002
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["3.2.1"]}
#   remediation: >-
#     Set storage_encrypted = true (optionally with kms_key_id). Encryption
#     cannot be switched on for an existing database: the change replaces
#     it, so restore from an encrypted snapshot copy to keep the data.
#   equivalents:
#     checkov: [CKV_AWS_16, CKV_AWS_96]
#     tfsec: [aws-rds-encrypt-instance-storage-data, aws-rds-encrypt-cluster-storage-data]
#     trivy: [AVD-AWS-0080, AVD-AWS-0079]
#   defaults:
#     - attribute: storage_encrypted
#       value: false
#       source: hashicorp/aws, Aurora Serverless v1 clusters are always encrypted
#   fix: true
package aws.rds.storage_encryption

import data.lib

# storage_encrypted defaults to false. Read replicas and restores from a
# snapshot inherit the source's encryption, so they are not judged here. The
# fix replaces the database, so it is marked as replacing: the fix engine
# applies it only when asked to.
_fix := lib.replacing(lib.fix_set(
	"Set storage_encrypted = true (replaces the database; existing data is not migrated)",
	["storage_encrypted"], true,
))

deny contains v if {
	some r in lib.resources("aws_db_instance")
	lib.is_absent(r.attributes, "replicate_source_db")
	lib.is_absent(r.attributes, "snapshot_identifier")
	lib.is_false_or_absent(r.attributes, "storage_encrypted")
	msg := sprintf("database instance %q does not encrypt its storage; set storage_encrypted = true", [r.name])
	v := lib.violation_fix(r, ["storage_encrypted"], msg, _fix)
}

# Aurora Serverless v1 clusters are always encrypted.
deny contains v if {
	some r in lib.resources("aws_rds_cluster")
	lib.is_absent(r.attributes, "snapshot_identifier")
	lib.not_equals(lib.get(r.attributes, "engine_mode", "provisioned"), "serverless")
	lib.is_false_or_absent(r.attributes, "storage_encrypted")
	msg := sprintf("RDS cluster %q does not encrypt its storage; set storage_encrypted = true", [r.name])
	v := lib.violation_fix(r, ["storage_encrypted"], msg, _fix)
}
