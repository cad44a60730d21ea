# METADATA
# title: CloudTrail trails must log all regions
# description: >-
#   A single-region trail leaves API activity in every other region
#   unrecorded, where an attacker can start resources or exfiltrate data
#   unseen.
# custom:
#   id: AWS-CT-001
#   severity: MEDIUM
#   category: logging
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["4.1"]}
#   remediation: Set is_multi_region_trail = true.
#   equivalents:
#     checkov: [CKV_AWS_67]
#     tfsec: [aws-cloudtrail-enable-all-regions]
#     trivy: [AVD-AWS-0014]
#     kics: [8173d5eb-96b5-4aa6-a71b-ecfa153c123d]
#   fix: true
package aws.cloudtrail.multi_region

import data.lib

deny contains v if {
	some r in lib.resources("aws_cloudtrail")
	lib.is_false_or_absent(r.attributes, "is_multi_region_trail")
	msg := sprintf("CloudTrail trail %q logs a single region; set is_multi_region_trail = true", [r.name])
	v := lib.violation_fix(r, ["is_multi_region_trail"], msg, lib.fix_set("Set is_multi_region_trail = true", ["is_multi_region_trail"], true))
}
