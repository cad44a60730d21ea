# METADATA
# title: RDS database instances must not be publicly accessible
# description: >-
#   A publicly accessible database gets an address reachable from the
#   internet; one permissive security group rule or a leaked password then
#   exposes the data to anyone.
# custom:
#   id: AWS-RDS-001
#   severity: HIGH
#   category: network
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["3.2.3"]}
#   remediation: >-
#     Set publicly_accessible = false and reach the database from inside the
#     VPC (application subnets, VPN, bastion or Session Manager).
#   equivalents:
#     checkov: [CKV_AWS_17]
#     tfsec: [aws-rds-no-public-db-access]
#     trivy: [AVD-AWS-0180]
#     kics: [35113e6f-2c6b-414d-beec-7a9482d3b2d1]
#   fix: true
package aws.rds.public_access

import data.lib

deny contains v if {
	some t in ["aws_db_instance", "aws_rds_cluster_instance"]
	some r in lib.resources(t)
	lib.is_true(lib.get(r.attributes, "publicly_accessible", false))
	msg := sprintf("database instance %q is publicly accessible; set publicly_accessible = false", [r.name])
	v := lib.violation_fix(r, ["publicly_accessible"], msg, lib.fix_set("Set publicly_accessible = false", ["publicly_accessible"], false))
}
