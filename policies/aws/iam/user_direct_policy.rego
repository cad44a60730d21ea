# METADATA
# title: IAM users must get permissions through groups or roles, not directly
# description: >-
#   Policies attached to individual IAM users are hard to review and are
#   forgotten when people change jobs, so permissions pile up on long-lived
#   credentials. Granting through groups (or roles) keeps who-can-do-what
#   in a few places.
# custom:
#   id: AWS-IAM-006
#   severity: LOW
#   category: identity
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["2.14"]}
#   remediation: >-
#     Attach the policy to an aws_iam_group and add the user to it with
#     aws_iam_user_group_membership (or aws_iam_group_membership), or have
#     the user assume a role; remove aws_iam_user_policy and
#     aws_iam_user_policy_attachment resources.
#   equivalents:
#     checkov: [CKV_AWS_40]
#     tfsec: [aws-iam-no-user-attached-policies]
#     trivy: [AVD-AWS-0143]
#   fix: false
package aws.iam.user_direct_policy

import data.lib

deny contains v if {
	some r in lib.resources("aws_iam_user_policy")
	msg := sprintf("IAM user policy %q grants permissions directly to a user; attach the policy to a group the user belongs to instead", [r.name])
	v := lib.violation(r, [], msg)
}

deny contains v if {
	some r in lib.resources("aws_iam_user_policy_attachment")
	msg := sprintf("IAM user policy attachment %q attaches a policy directly to a user; attach it to a group the user belongs to instead", [r.name])
	v := lib.violation(r, [], msg)
}

# The users list of an aws_iam_policy_attachment (roles and groups are fine).
deny contains v if {
	some r in lib.resources("aws_iam_policy_attachment")
	some u in lib.as_array(lib.get(r.attributes, "users", []))
	lib.not_equals(u, null)
	msg := sprintf("IAM policy attachment %q attaches a policy directly to users; list groups instead of users", [r.name])
	v := lib.violation(r, ["users"], msg)
}

# An exclusive attachment set for a user with policies in it (an empty
# set is how a user's direct policies are removed).
deny contains v if {
	some r in lib.resources("aws_iam_user_policy_attachments_exclusive")
	some a in lib.as_array(lib.get(r.attributes, "policy_arns", []))
	lib.not_equals(a, null)
	msg := sprintf("IAM user policy attachments %q attach policies directly to a user; attach them to a group the user belongs to instead", [r.name])
	v := lib.violation(r, ["policy_arns"], msg)
}
