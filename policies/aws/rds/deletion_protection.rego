# METADATA
# title: RDS databases must have deletion protection enabled
# description: >-
#   Without deletion protection one mistaken terraform destroy, a renamed
#   resource or a compromised credential deletes the production database in
#   a single API call.
# custom:
#   id: AWS-RDS-004
#   severity: MEDIUM
#   category: data
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set deletion_protection = true on the DB instance or cluster; turn it
#     off deliberately, in a separate change, before deleting the database.
#     Read replicas and Aurora cluster members are not judged: protection
#     belongs to the source or the cluster.
#   equivalents:
#     checkov: [CKV_AWS_293, CKV_AWS_139]
#     trivy: [AVD-AWS-0177, AVD-AWS-0343]
#   defaults:
#     - attribute: deletion_protection
#       value: false
#       source: hashicorp/aws v4+ (aws_db_instance and aws_rds_cluster)
#   fix: true
package aws.rds.deletion_protection

import data.lib

_fix := lib.fix_set("Set deletion_protection = true", ["deletion_protection"], true)

# _not_aurora(engine): an aws_db_instance outside an Aurora cluster; Aurora
# members take deletion protection from the cluster. An unknown engine counts
# only in the pessimistic pass.
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
	lib.is_false_or_absent(r.attributes, "deletion_protection")
	msg := sprintf("database instance %q can be deleted without safeguard; set deletion_protection = true", [r.name])
	v := lib.violation_fix(r, ["deletion_protection"], msg, _fix)
}

deny contains v if {
	some r in lib.resources("aws_rds_cluster")
	lib.is_false_or_absent(r.attributes, "deletion_protection")
	msg := sprintf("RDS cluster %q can be deleted without safeguard; set deletion_protection = true", [r.name])
	v := lib.violation_fix(r, ["deletion_protection"], msg, _fix)
}
