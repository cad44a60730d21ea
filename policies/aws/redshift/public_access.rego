# METADATA
# title: Redshift clusters must not be publicly accessible
# description: >-
#   A publicly accessible Redshift cluster or Serverless workgroup gets an
#   internet-facing endpoint; one permissive security group rule or a leaked
#   password then exposes the whole data warehouse.
# custom:
#   id: AWS-RS-002
#   severity: HIGH
#   category: network
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set publicly_accessible = false on the aws_redshift_cluster or
#     aws_redshiftserverless_workgroup and reach it from inside the VPC. With AWS provider v5 or older an absent publicly_accessible means
#     true: set false explicitly there.
#   equivalents:
#     checkov: [CKV_AWS_87]
#   defaults:
#     - attribute: aws_redshift_cluster.publicly_accessible
#       value: false
#       source: hashicorp/aws v6+; true in v5 and older, so only an explicit true is reported
#     - attribute: aws_redshiftserverless_workgroup.publicly_accessible
#       value: false
#       source: hashicorp/aws v4+
#   fix: true
package aws.redshift.public_access

import data.lib

# The default changed from true to false in provider v6; the provider version
# is not known here, so only an explicit true is a finding.
_nouns := {
	"aws_redshift_cluster": "Redshift cluster",
	"aws_redshiftserverless_workgroup": "Redshift Serverless workgroup",
}

deny contains v if {
	some t, noun in _nouns
	some r in lib.resources(t)
	lib.is_true(lib.get(r.attributes, "publicly_accessible", false))
	msg := sprintf("%s %q is publicly accessible; set publicly_accessible = false", [noun, r.name])
	v := lib.violation_fix(r, ["publicly_accessible"], msg, lib.fix_set("Set publicly_accessible = false", ["publicly_accessible"], false))
}
