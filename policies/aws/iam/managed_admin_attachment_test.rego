package aws.iam.managed_admin_attachment_test

import data.aws.iam.managed_admin_attachment as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_attachments if {
	types := ["aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment", "aws_iam_policy_attachment"]
	every typ in types {
		_deny([t.resource(typ, "a", {"policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess"})]) == {sprintf("%s.a:policy_arn", [typ])}
	}
	_deny([t.resource("aws_iam_user_policy_attachment", "gov", {"policy_arn": "arn:aws-us-gov:iam::aws:policy/IAMFullAccess"})]) == {"aws_iam_user_policy_attachment.gov:policy_arn"}
}

test_lists if {
	_deny([
		t.resource("aws_iam_role", "r", {"managed_policy_arns": ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess"]}),
		t.resource("aws_iam_group_policy_attachments_exclusive", "g", {"policy_arns": ["arn:aws-cn:iam::aws:policy/IAMFullAccess"]}),
	]) == {"aws_iam_role.r:managed_policy_arns.1", "aws_iam_group_policy_attachments_exclusive.g:policy_arns.0"}
}

test_other_policies_pass if {
	_deny_pessimistic([
		t.resource("aws_iam_role_policy_attachment", "ro", {"policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}),
		t.resource("aws_iam_role_policy_attachment", "amplify", {"policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess-Amplify"}),
		t.resource("aws_iam_role_policy_attachment", "custom", {"policy_arn": "arn:aws:iam::111122223333:policy/AdministratorAccess"}),
		t.resource("aws_iam_role_policy_attachment", "local", {"policy_arn": t.unknown("aws_iam_policy.app.arn")}),
		t.resource("aws_iam_role_policy_attachment", "tmpl", {"policy_arn": t.unknown(`"arn:${data.aws_partition.current.partition}:iam::aws:policy/ReadOnlyAccess"`)}),
		t.resource("aws_iam_role", "none", {"name": "none"}),
	]) == set()
}

test_partition_template if {
	_deny([t.resource("aws_iam_role_policy_attachment", "a", {"policy_arn": t.unknown(`"arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess"`)})]) == {"aws_iam_role_policy_attachment.a:policy_arn"}
}

test_data_source_lookup if {
	admin := t.data_source("aws_iam_policy", "admin", {"name": "AdministratorAccess"})
	ro := t.data_source("aws_iam_policy", "ro", {"arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"})
	a := t.refs(t.resource("aws_iam_role_policy_attachment", "a", {"policy_arn": t.unknown("data.aws_iam_policy.admin.arn")}), ["data.aws_iam_policy.admin"])
	b := t.refs(t.resource("aws_iam_role_policy_attachment", "b", {"policy_arn": t.unknown("data.aws_iam_policy.ro.arn")}), ["data.aws_iam_policy.ro"])
	_deny([admin, ro, a, b]) == {"aws_iam_role_policy_attachment.a:policy_arn"}
	_deny_pessimistic([admin, ro, a, b]) == {"aws_iam_role_policy_attachment.a:policy_arn"}
}

test_unknown_is_inconclusive if {
	rs := [
		t.resource("aws_iam_role_policy_attachment", "a", {"policy_arn": t.unknown("var.policy_arn")}),
		t.resource("aws_iam_role", "r", {"managed_policy_arns": t.unknown("var.arns")}),
		t.resource("aws_iam_role", "s", {"managed_policy_arns": [t.unknown("module.p.arn")]}),
	]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_iam_role_policy_attachment.a:policy_arn", "aws_iam_role.r:managed_policy_arns", "aws_iam_role.s:managed_policy_arns.0"}
}
