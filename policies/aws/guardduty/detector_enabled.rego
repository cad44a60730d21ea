# METADATA
# title: GuardDuty detectors must be enabled
# description: >-
#   A disabled GuardDuty detector stops threat detection for the account and
#   region: compromised credentials, crypto-mining and reconnaissance go
#   unnoticed.
# custom:
#   id: AWS-GD-001
#   severity: MEDIUM
#   category: logging
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set enable = true on the aws_guardduty_detector, or remove the argument
#     (it defaults to true). Accounts without a declared detector are not
#     reported: it may be managed elsewhere, for example by the organization.
#   equivalents:
#     checkov: [CKV_AWS_238]
#   defaults:
#     - attribute: enable
#       value: true
#       source: hashicorp/aws v4+
#   fix: true
package aws.guardduty.detector_enabled

import data.lib

deny contains v if {
	some r in lib.resources("aws_guardduty_detector")
	lib.is_false(lib.get(r.attributes, "enable", true))
	msg := sprintf("GuardDuty detector %q is disabled; set enable = true", [r.name])
	v := lib.violation_fix(r, ["enable"], msg, lib.fix_set("Set enable = true", ["enable"], true))
}
