package aws.iam.user_direct_policy_test

import data.aws.iam.user_direct_policy as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_direct_user_permissions if {
	_deny([
		t.resource("aws_iam_user_policy", "p", {"user": "alice", "policy": "{}"}),
		t.resource("aws_iam_user_policy_attachment", "a", {"user": "alice", "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}),
		t.resource("aws_iam_policy_attachment", "m", {"users": ["alice"], "roles": ["app"]}),
		t.resource("aws_iam_user_policy_attachments_exclusive", "x", {"user_name": "alice", "policy_arns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"]}),
	]) == {
		"aws_iam_user_policy.p:",
		"aws_iam_user_policy_attachment.a:",
		"aws_iam_policy_attachment.m:users",
		"aws_iam_user_policy_attachments_exclusive.x:policy_arns",
	}
}

test_groups_and_roles_pass if {
	_deny_pessimistic([
		t.resource("aws_iam_policy_attachment", "m", {"groups": ["ops"], "roles": ["app"]}),
		t.resource("aws_iam_policy_attachment", "empty", {"users": [], "groups": ["ops"]}),
		t.resource("aws_iam_user_policy_attachments_exclusive", "none", {"user_name": "alice", "policy_arns": []}),
		t.resource("aws_iam_group_policy_attachment", "g", {"group": "ops", "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}),
		t.resource("aws_iam_user", "alice", {"name": "alice"}),
	]) == set()
}

test_unknown_users_are_inconclusive if {
	rs := [t.resource("aws_iam_policy_attachment", "m", {"users": t.unknown("var.users"), "groups": ["ops"]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_iam_policy_attachment.m:users"}
}
