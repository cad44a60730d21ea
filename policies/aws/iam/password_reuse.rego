# METADATA
# title: The account password policy must prevent reuse of the last 24 passwords
# description: >-
#   When IAM users may go back to a recent password, a password that leaked
#   once stays useful to an attacker after it was "changed". Without
#   password_reuse_prevention any earlier password may be reused.
# custom:
#   id: AWS-IAM-004
#   severity: MEDIUM
#   category: identity
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["2.8"]}
#   remediation: >-
#     Set password_reuse_prevention = 24 (the maximum AWS allows) in the
#     aws_iam_account_password_policy.
#   equivalents:
#     checkov: [CKV_AWS_13]
#     tfsec: [aws-iam-no-password-reuse]
#     trivy: [AVD-AWS-0056]
#   defaults:
#     - attribute: password_reuse_prevention
#       value: "none (reuse allowed)"
#       source: AWS IAM UpdateAccountPasswordPolicy (every hashicorp/aws version)
#   fix: true
package aws.iam.password_reuse

import data.lib

# The policy is an account singleton: only a declared policy is judged,
# never its absence from this configuration. Absent, AWS remembers no
# earlier password, which counts as 0.
deny contains v if {
	some r in lib.resources("aws_iam_account_password_policy")
	remembered := lib.get(r.attributes, "password_reuse_prevention", 0)
	lib.less_than(remembered, 24)
	msg := sprintf("Account password policy %q remembers %v earlier passwords; set password_reuse_prevention = 24", [r.name, lib.show(remembered)])
	v := lib.violation_fix(r, ["password_reuse_prevention"], msg, lib.fix_set("Set password_reuse_prevention = 24", ["password_reuse_prevention"], 24))
}
