package aws.iam.admin_policy_test

import data.aws.iam.admin_policy as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_admin := `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}`

test_admin_json_policies if {
	some typ in ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]
	_deny([t.resource(typ, "p", {"policy": _admin})]) == {sprintf("%s.p:policy", [typ])}
}

test_statement_object_and_arrays if {
	p := `{"Statement": {"Effect": "Allow", "Action": ["s3:GetObject", "*"], "Resource": ["arn:aws:s3:::x", "*"]}}`
	_deny([t.resource("aws_iam_policy", "p", {"policy": p})]) == {"aws_iam_policy.p:policy"}
}

test_near_misses_pass if {
	_deny([
		t.resource("aws_iam_policy", "deny", {"policy": `{"Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]}`}),
		t.resource("aws_iam_policy", "scoped", {"policy": `{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}`}),
		t.resource("aws_iam_policy", "one_bucket", {"policy": `{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::b"}]}`}),
		t.resource("aws_iam_policy", "invalid", {"policy": "not json"}),
	]) == set()
}

test_policy_document_data_source if {
	d := t.data_source("aws_iam_policy_document", "admin", {"statement": [
		{"actions": ["s3:GetObject"], "resources": ["*"]},
		{"actions": ["*"], "resources": ["*"]},
	]})
	_deny([d]) == {"data.aws_iam_policy_document.admin:statement.1"}
	deny := t.data_source("aws_iam_policy_document", "deny", {"statement": [{"effect": "Deny", "actions": ["*"], "resources": ["*"]}]})
	_deny([deny]) == set()
}

test_unknown_policy_is_inconclusive if {
	rs := [t.resource("aws_iam_policy", "p", {"policy": t.unknown("var.policy")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_iam_policy.p:policy"}
}

test_policy_from_document_in_graph_is_judged_through_the_document if {
	doc := t.data_source("aws_iam_policy_document", "d", {"statement": [{"actions": ["s3:GetObject"], "resources": ["*"]}]})
	p := t.refs(t.resource("aws_iam_policy", "p", {"policy": t.unknown("data.aws_iam_policy_document.d.json")}), ["data.aws_iam_policy_document.d"])
	_deny_pessimistic([doc, p]) == set()
}

test_unknown_statement_values_are_inconclusive if {
	d := t.data_source("aws_iam_policy_document", "d", {"statement": [{"actions": t.unknown("var.actions"), "resources": ["*"]}]})
	_deny([d]) == set()
	_deny_pessimistic([d]) == {"data.aws_iam_policy_document.d:statement.0"}
}

test_not_action_and_not_resource_grants if {
	_deny([
		t.resource("aws_iam_policy", "not_action", {"policy": `{"Statement": [{"Effect": "Allow", "NotAction": ["iam:*"], "Resource": "*"}]}`}),
		t.resource("aws_iam_policy", "not_resource", {"policy": `{"Statement": [{"Effect": "Allow", "Action": "*", "NotResource": "arn:aws:s3:::secret"}]}`}),
	]) == {"aws_iam_policy.not_action:policy", "aws_iam_policy.not_resource:policy"}
	i := t.input_of([t.resource("aws_iam_policy", "p", {"policy": `{"Statement": {"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}}`})])
	[v.msg | some v in rule.deny] == [`IAM policy "p" allows every action outside its NotAction list on all resources; grant only the actions and resources needed`] with input as i
}

test_not_action_near_misses_pass if {
	_deny([
		t.resource("aws_iam_policy", "deny", {"policy": `{"Statement": [{"Effect": "Deny", "NotAction": "iam:*", "Resource": "*"}]}`}),
		t.resource("aws_iam_policy", "scoped", {"policy": `{"Statement": [{"Effect": "Allow", "NotAction": "iam:*", "Resource": "arn:aws:s3:::b/*"}]}`}),
		t.resource("aws_iam_policy", "service", {"policy": `{"Statement": [{"Effect": "Allow", "Action": "s3:*", "NotResource": "arn:aws:s3:::b"}]}`}),
	]) == set()
}

test_action_wildcards if {
	_deny([t.resource("aws_iam_policy", "p", {"policy": `{"Statement": [{"Effect": "Allow", "Action": "*:*", "Resource": "*"}]}`})]) == {"aws_iam_policy.p:policy"}
	_deny([t.resource("aws_iam_policy", "p", {"policy": `{"Statement": [{"Effect": "Allow", "Action": ["s3:*", "iam:*"], "Resource": "*"}]}`})]) == set()
}

test_condition_does_not_make_it_safe if {
	p := `{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]}`
	_deny([t.resource("aws_iam_policy", "p", {"policy": p})]) == {"aws_iam_policy.p:policy"}
}

test_unknown_not_action_statement_gives_one_result if {
	rs := [t.resource("aws_iam_policy", "p", {"policy": {"Statement": t.unknown("var.statements")}})]
	_deny(rs) == set()
	i := t.input_of(rs)
	count(rule.deny) == 1 with input as i with data.preflight.pessimistic as true
}

test_unknown_resource_with_not_action_is_inconclusive if {
	p := sprintf(`{"Statement": [{"Effect": "Allow", "NotAction": "iam:*", "Resource": %s}]}`, [json.marshal(t.unknown("var.arn"))])
	rs := [t.resource("aws_iam_policy", "p", {"policy": p})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_iam_policy.p:policy"}
}

test_role_inline_policy if {
	r := t.resource("aws_iam_role", "r", {"inline_policy": [
		{"name": "ok", "policy": `{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}`},
		{"name": "admin", "policy": `{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}`},
	]})
	_deny([r]) == {"aws_iam_role.r:inline_policy.1.policy"}
	u := t.resource("aws_iam_role", "u", {"inline_policy": [{"name": "x", "policy": t.unknown("var.p")}]})
	_deny([u]) == set()
	_deny_pessimistic([u]) == {"aws_iam_role.u:inline_policy.0.policy"}
	dyn := t.resource("aws_iam_role", "dyn", {"inline_policy": t.unknown("var.inline")})
	_deny([dyn]) == set()
	_deny_pessimistic([dyn]) == {"aws_iam_role.dyn:inline_policy.0.policy"}
	_deny([t.resource("aws_iam_role", "none", {"name": "none"})]) == set()
}

test_role_inline_policy_from_document_in_graph if {
	doc := t.data_source("aws_iam_policy_document", "d", {"statement": [{"actions": ["s3:GetObject"], "resources": ["*"]}]})
	r := t.refs(t.resource("aws_iam_role", "r", {"inline_policy": [{"policy": t.unknown("data.aws_iam_policy_document.d.json")}]}), ["data.aws_iam_policy_document.d"])
	_deny_pessimistic([doc, r]) == set()
}

test_document_not_actions_and_not_resources if {
	d := t.data_source("aws_iam_policy_document", "d", {"statement": [
		{"not_actions": ["iam:*"], "resources": ["*"]},
		{"actions": ["*"], "not_resources": ["arn:aws:s3:::b"]},
		{"effect": "Deny", "not_actions": ["iam:*"], "resources": ["*"]},
		{"not_actions": ["iam:*"], "resources": ["arn:aws:s3:::b"]},
		{"actions": ["s3:*"], "not_resources": ["arn:aws:s3:::b"]},
	]})
	_deny([d]) == {"data.aws_iam_policy_document.d:statement.0", "data.aws_iam_policy_document.d:statement.1"}
}

_admin_doc := t.data_source("aws_iam_policy_document", "admin", {"statement": [{"actions": ["*"], "resources": ["*"]}]})

_read_doc := t.data_source("aws_iam_policy_document", "read", {"statement": [{"actions": ["s3:GetObject"], "resources": ["*"]}]})

test_merged_documents_in_graph if {
	some key in ["source_policy_documents", "override_policy_documents"]
	c := t.refs(
		t.data_source("aws_iam_policy_document", "c", {key: [
			t.unknown("data.aws_iam_policy_document.read.json"),
			t.unknown("data.aws_iam_policy_document.admin.json"),
		]}),
		["data.aws_iam_policy_document.read", "data.aws_iam_policy_document.admin"],
	)
	want := {"data.aws_iam_policy_document.admin:statement.0", sprintf("data.aws_iam_policy_document.c:%s.1", [key])}
	_deny([_admin_doc, _read_doc, c]) == want
	_deny_pessimistic([_admin_doc, _read_doc, c]) == want
}

test_merged_documents_transitively if {
	mid := t.refs(
		t.data_source("aws_iam_policy_document", "mid", {"source_policy_documents": [t.unknown("data.aws_iam_policy_document.admin.json")]}),
		["data.aws_iam_policy_document.admin"],
	)
	top := t.refs(
		t.data_source("aws_iam_policy_document", "top", {"override_policy_documents": [t.unknown("data.aws_iam_policy_document.mid.json")]}),
		["data.aws_iam_policy_document.mid"],
	)
	_deny([_admin_doc, mid, top]) == {
		"data.aws_iam_policy_document.admin:statement.0",
		"data.aws_iam_policy_document.mid:source_policy_documents.0",
		"data.aws_iam_policy_document.top:override_policy_documents.0",
	}
}

test_merged_documents_in_a_module if {
	admin := object.union(_admin_doc, {"id": "module.m.data.aws_iam_policy_document.admin", "module": "module.m"})
	c := object.union(
		t.data_source("aws_iam_policy_document", "c", {"source_policy_documents": [t.unknown("data.aws_iam_policy_document.admin.json")]}),
		{"id": "module.m.data.aws_iam_policy_document.c", "module": "module.m", "references": ["module.m.data.aws_iam_policy_document.admin"]},
	)
	_deny_pessimistic([admin, c]) == {"module.m.data.aws_iam_policy_document.admin:statement.0", "module.m.data.aws_iam_policy_document.c:source_policy_documents.0"}
}

test_merged_safe_documents_pass if {
	c := t.refs(
		t.data_source("aws_iam_policy_document", "c", {"source_policy_documents": [t.unknown("data.aws_iam_policy_document.read.json")]}),
		["data.aws_iam_policy_document.read"],
	)
	_deny_pessimistic([_read_doc, c]) == set()
}

test_merged_unknown_documents_are_inconclusive if {
	some key in ["source_policy_documents", "override_policy_documents"]
	c := t.data_source("aws_iam_policy_document", "c", {key: [t.unknown("var.extra")]})
	_deny([c]) == set()
	_deny_pessimistic([c]) == {sprintf("data.aws_iam_policy_document.c:%s.0", [key])}
	all := t.data_source("aws_iam_policy_document", "all", {key: t.unknown("var.docs")})
	_deny([all]) == set()
	_deny_pessimistic([all]) == {sprintf("data.aws_iam_policy_document.all:%s.0", [key])}

	# A document named but not in the graph (not referenced) is unknown too.
	gone := t.data_source("aws_iam_policy_document", "gone", {key: [t.unknown("data.aws_iam_policy_document.elsewhere.json")]})
	_deny([gone]) == set()
	_deny_pessimistic([gone]) == {sprintf("data.aws_iam_policy_document.gone:%s.0", [key])}
}

test_merged_json_strings if {
	c := t.data_source("aws_iam_policy_document", "c", {"source_policy_documents": [
		`{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}`,
		`{"Statement": [{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}]}`,
	]})
	_deny([c]) == {"data.aws_iam_policy_document.c:source_policy_documents.1"}
}

test_statements_replaced_by_sid_pass if {
	# An own statement replaced by an override document's statement with
	# the same sid is not in the rendered document.
	scoped := t.data_source("aws_iam_policy_document", "scoped", {"statement": [{"sid": "Main", "actions": ["s3:GetObject"], "resources": ["*"]}]})
	own := t.refs(
		t.data_source("aws_iam_policy_document", "own", {
			"override_policy_documents": [t.unknown("data.aws_iam_policy_document.scoped.json")],
			"statement": [{"sid": "Main", "actions": ["*"], "resources": ["*"]}],
		}),
		["data.aws_iam_policy_document.scoped"],
	)
	_deny_pessimistic([scoped, own]) == set()

	# A source document's statement replaced by an own statement.
	admin := t.data_source("aws_iam_policy_document", "admin", {"statement": [{"sid": "Main", "actions": ["*"], "resources": ["*"]}]})
	src := t.refs(
		t.data_source("aws_iam_policy_document", "src", {
			"source_policy_documents": [t.unknown("data.aws_iam_policy_document.admin.json")],
			"statement": [{"sid": "Main", "actions": ["s3:GetObject"], "resources": ["*"]}],
		}),
		["data.aws_iam_policy_document.admin"],
	)
	_deny_pessimistic([admin, src]) == {"data.aws_iam_policy_document.admin:statement.0"}

	# A JSON override replaces an own statement too.
	json_over := t.data_source("aws_iam_policy_document", "json_over", {
		"override_policy_documents": [`{"Statement": [{"Sid": "Main", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}`],
		"statement": [{"sid": "Main", "actions": ["*"], "resources": ["*"]}],
	})
	_deny_pessimistic([json_over]) == set()
}

test_statements_not_replaced_are_reported if {
	# Different sids, no sid, or an own statement that only a source
	# document shares the sid with: the grant stays.
	d := t.data_source("aws_iam_policy_document", "d", {
		"override_policy_documents": [`{"Statement": [{"Sid": "Other", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}`],
		"source_policy_documents": [`{"Statement": [{"Sid": "Main", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}`],
		"statement": [
			{"sid": "Main", "actions": ["*"], "resources": ["*"]},
			{"actions": ["*"], "resources": ["*"]},
		],
	})
	_deny([d]) == {"data.aws_iam_policy_document.d:statement.0", "data.aws_iam_policy_document.d:statement.1"}

	# An override document's grant is never replaced by earlier layers.
	o := t.data_source("aws_iam_policy_document", "o", {
		"override_policy_documents": [`{"Statement": [{"Sid": "Main", "Effect": "Allow", "Action": "*", "Resource": "*"}]}`],
		"statement": [{"sid": "Main", "actions": ["s3:GetObject"], "resources": ["*"]}],
	})
	_deny([o]) == {"data.aws_iam_policy_document.o:override_policy_documents.0"}
}
