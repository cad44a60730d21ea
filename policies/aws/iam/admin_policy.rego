# METADATA
# title: IAM policies must not allow all actions on all resources
# description: >-
#   A policy statement that allows "*" actions on "*" resources grants full
#   administrator rights: whoever holds it, or steals its credentials, can
#   read every piece of data and take over the account.
# custom:
#   id: AWS-IAM-001
#   severity: HIGH
#   category: identity
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["2.15"]}
#   remediation: >-
#     Grant only the actions and resources the principal needs; keep full
#     administrator access for break-glass roles managed outside
#     application code.
#   equivalents:
#     checkov: [CKV_AWS_62, CKV_AWS_63, CKV2_AWS_40]
#     tfsec: [aws-iam-no-policy-wildcards]
#     trivy: [AVD-AWS-0057]
#   fix: false
package aws.iam.admin_policy

import data.lib

_policy_types := ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]

_any_action := {"*", "*:*"}

# A policy whose text is the json of an aws_iam_policy_document in the
# configuration is judged through that data source's statements (next
# rules), so it is not reported a second time as unknown.
_from_document(r, raw) if {
	startswith(lib.unknown_expr(raw), "data.aws_iam_policy_document.")
	lib.references_type(r, "aws_iam_policy_document")
}

deny contains v if {
	some t in _policy_types
	some r in lib.resources(t)
	raw := lib.get(r.attributes, "policy", null)
	not _from_document(r, raw)
	some s in lib.statements(lib.policy_document(raw))
	lib.is_allow(s)
	some action in lib.statement_values(s, "Action")
	lib.is_in(action, _any_action)
	some resource in lib.statement_values(s, "Resource")
	lib.is_in(resource, {"*"})
	msg := sprintf(`IAM policy %q allows all actions on all resources; grant only the actions and resources needed`, [r.name])
	v := lib.violation(r, ["policy"], msg)
}

# data "aws_iam_policy_document": statement blocks, effect defaults to Allow.
deny contains v if {
	some d in lib.resources("aws_iam_policy_document")
	some i, s in lib.blocks(d.attributes, "statement")
	lib.equals(lib.get(s, "effect", "Allow"), "Allow")
	some action in lib.as_array(lib.get(s, "actions", []))
	lib.is_in(action, _any_action)
	some resource in lib.as_array(lib.get(s, "resources", []))
	lib.is_in(resource, {"*"})
	msg := sprintf(`IAM policy document %q allows all actions on all resources; grant only the actions and resources needed`, [d.name])
	v := lib.violation(d, ["statement", i], msg)
}
