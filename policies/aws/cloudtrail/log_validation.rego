# METADATA
# title: CloudTrail log file validation must be enabled
# description: >-
#   Without log file validation, an attacker who reaches the log bucket can
#   alter or delete log files to hide their tracks and nobody can tell.
# custom:
#   id: AWS-CT-002
#   severity: MEDIUM
#   category: logging
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["4.2"]}
#   remediation: Set enable_log_file_validation = true.
#   equivalents:
#     checkov: [CKV_AWS_36]
#     tfsec: [aws-cloudtrail-enable-log-validation]
#     trivy: [AVD-AWS-0016]
#   fix: true
package aws.cloudtrail.log_validation

import data.lib

deny contains v if {
	some r in lib.resources("aws_cloudtrail")
	lib.is_false_or_absent(r.attributes, "enable_log_file_validation")
	msg := sprintf("CloudTrail trail %q does not validate its log files; set enable_log_file_validation = true", [r.name])
	v := lib.violation_fix(r, ["enable_log_file_validation"], msg, lib.fix_set("Set enable_log_file_validation = true", ["enable_log_file_validation"], true))
}
