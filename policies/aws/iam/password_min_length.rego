# METADATA
# title: The account password policy must require at least 14 characters
# description: >-
#   Short passwords for IAM users fall quickly to guessing and credential
#   stuffing. Without minimum_password_length the account password policy
#   accepts passwords of 6 characters.
# custom:
#   id: AWS-IAM-003
#   severity: MEDIUM
#   category: identity
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["2.7"]}
#   remediation: >-
#     Set minimum_password_length = 14 (or more) in the
#     aws_iam_account_password_policy. Better still, sign people in through
#     IAM Identity Center or a federated identity provider instead of IAM
#     user passwords.
#   equivalents:
#     checkov: [CKV_AWS_10]
#     tfsec: [aws-iam-set-minimum-password-length]
#     trivy: [AVD-AWS-0063]
#   defaults:
#     - attribute: minimum_password_length
#       value: 6
#       source: AWS IAM UpdateAccountPasswordPolicy (every hashicorp/aws version)
#   fix: true
package aws.iam.password_min_length

import data.lib

# The policy is an account singleton: only a declared policy is judged,
# never its absence from this configuration.
deny contains v if {
	some r in lib.resources("aws_iam_account_password_policy")
	length := lib.get(r.attributes, "minimum_password_length", 6)
	lib.less_than(length, 14)
	msg := sprintf("Account password policy %q accepts passwords of %v characters; set minimum_password_length = 14", [r.name, lib.show(length)])
	v := lib.violation_fix(r, ["minimum_password_length"], msg, lib.fix_set("Set minimum_password_length = 14", ["minimum_password_length"], 14))
}
