# METADATA
# title: IAM identities must not get the AWS-managed AdministratorAccess or IAMFullAccess policy
# description: >-
#   AdministratorAccess allows every action on every resource, and
#   IAMFullAccess lets its holder grant itself anything. Whoever holds a
#   role, user or group with either, or steals its credentials, can take
#   over the account.
# custom:
#   id: AWS-IAM-005
#   severity: HIGH
#   category: identity
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["2.15"]}
#   remediation: >-
#     Attach a customer-managed policy that grants only the actions and
#     resources the identity needs (or a narrower AWS-managed policy). Keep
#     administrator access for a few break-glass roles, granted outside
#     application code and protected by MFA.
#   equivalents:
#     checkov: [CKV_AWS_274, CKV2_AWS_56]
#   fix: false
package aws.iam.managed_admin_attachment

import data.lib

_names := {"AdministratorAccess", "IAMFullAccess"}

# Resources attaching one managed policy, and how a message names them.
_single := {
	"aws_iam_role_policy_attachment": "IAM role policy attachment",
	"aws_iam_user_policy_attachment": "IAM user policy attachment",
	"aws_iam_group_policy_attachment": "IAM group policy attachment",
	"aws_iam_policy_attachment": "IAM policy attachment",
}

# Resources attaching a list of managed policies.
_lists := {
	"aws_iam_role": {"key": "managed_policy_arns", "what": "IAM role"},
	"aws_iam_role_policy_attachments_exclusive": {"key": "policy_arns", "what": "IAM role policy attachments"},
	"aws_iam_user_policy_attachments_exclusive": {"key": "policy_arns", "what": "IAM user policy attachments"},
	"aws_iam_group_policy_attachments_exclusive": {"key": "policy_arns", "what": "IAM group policy attachments"},
}

# _arns lists every policy ARN attached, with the path to report.
_arns contains {"r": r, "what": what, "arn": arn, "path": ["policy_arn"]} if {
	some type, what in _single
	some r in lib.resources(type)
	arn := lib.get(r.attributes, "policy_arn", null)
	arn != null
}

_arns contains {"r": r, "what": l.what, "arn": arns, "path": [l.key]} if {
	some type, l in _lists
	some r in lib.resources(type)
	arns := lib.get(r.attributes, l.key, null)
	lib.is_unknown(arns)
}

_arns contains {"r": r, "what": l.what, "arn": arn, "path": [l.key, i]} if {
	some type, l in _lists
	some r in lib.resources(type)
	arns := lib.get(r.attributes, l.key, [])
	is_array(arns)
	some i, arn in arns
}

_arn_pattern := `^arn:aws[a-z-]*:iam::aws:policy/(AdministratorAccess|IAMFullAccess)$`

# _admin_name(r, x) is the name of the admin policy the ARN x certainly
# is: a literal ARN in any partition; a template whose unknown part is
# only the partition ("arn:${...partition}:iam::aws:policy/..."); or the
# arn of an aws_iam_policy data source of the configuration looked up by
# the policy's name or ARN.
_admin_name(_, x) := regex.find_all_string_submatch_n(_arn_pattern, x, 1)[0][1] if is_string(x)

_admin_name(_, x) := m[0][1] if {
	m := regex.find_all_string_submatch_n(`:iam::aws:policy/(AdministratorAccess|IAMFullAccess)"$`, lib.unknown_expr(x), 1)
	count(m) == 1
}

_admin_name(r, x) := name if {
	d := _data_policy(r, x)
	name := _data_policy_name(d)
	name in _names
}

_data_policy(r, x) := d if {
	expr := lib.unknown_expr(x)
	some d in lib.references(r, "aws_iam_policy")
	local := _local_address(r, d)
	startswith(local, "data.")
	expr == concat("", [local, ".arn"])
}

_local_address(r, d) := d.id if r.module == ""

else := substring(d.id, count(r.module) + 1, -1) if startswith(d.id, concat("", [r.module, "."]))

_data_policy_name(d) := n if {
	n := d.attributes.name
	is_string(n)
} else := m[0][1] if {
	arn := d.attributes.arn
	is_string(arn)
	m := regex.find_all_string_submatch_n(`^arn:aws[a-z-]*:iam::aws:policy/(.+)$`, arn, 1)
	count(m) == 1
}

# _certainly_other(r, x): the unknown ARN x is certainly not one of the
# admin policies: a customer-managed policy of the configuration
# (aws_iam_policy.x.arn), a template naming another AWS-managed policy, or
# a data source looking up another policy.
_certainly_other(_, x) if startswith(lib.unknown_expr(x), "aws_iam_policy.")

_certainly_other(_, x) if {
	regex.match(`:policy/[A-Za-z0-9+=,.@_/-]+"$`, lib.unknown_expr(x))
	not regex.match(`:iam::aws:policy/(AdministratorAccess|IAMFullAccess)"$`, lib.unknown_expr(x))
}

_certainly_other(r, x) if {
	d := _data_policy(r, x)
	name := _data_policy_name(d)
	not name in _names
}

deny contains v if {
	some a in _arns
	name := _admin_name(a.r, a.arn)
	msg := sprintf("%s %q attaches the AWS-managed %s policy; attach a policy that grants only the permissions needed", [a.what, a.r.name, name])
	v := lib.violation(a.r, a.path, msg)
}

# An ARN unknown before deploy that may be one of them.
deny contains v if {
	some a in _arns
	lib.is_unknown(a.arn)
	not _admin_name(a.r, a.arn)
	not _certainly_other(a.r, a.arn)
	lib.pessimistic
	msg := sprintf("%s %q may attach the AWS-managed AdministratorAccess or IAMFullAccess policy; attach a policy that grants only the permissions needed", [a.what, a.r.name])
	v := lib.violation(a.r, a.path, msg)
}
