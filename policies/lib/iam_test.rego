package lib_test

import data.lib
import data.lib.testing as t

test_policy_document if {
	lib.policy_document(`{"Version": "2012-10-17", "Statement": []}`) == {"Version": "2012-10-17", "Statement": []}
	lib.policy_document({"Statement": []}) == {"Statement": []}
	lib.policy_document(u) == u
	not lib.policy_document("not json")
}

test_statements if {
	lib.statements({"Statement": {"Effect": "Allow"}}) == [{"Effect": "Allow"}]
	lib.statements({"Statement": [{"Effect": "Allow"}, {"Effect": "Deny"}]}) == [{"Effect": "Allow"}, {"Effect": "Deny"}]
	lib.statements({"Statement": u}) == [u]
	lib.statements(u) == [u]
	lib.statements({}) == []
}

test_statement_values if {
	lib.statement_values({"Action": "*"}, "Action") == ["*"]
	lib.statement_values({"Action": ["a", "b"]}, "Action") == ["a", "b"]
	lib.statement_values({}, "Action") == []
	lib.statement_values({"Action": u}, "Action") == [u]
	lib.statement_values(u, "Action") == [u]
}

test_principals if {
	lib.principals({"Principal": "*"}) == ["*"]
	lib.principals({"Principal": {"AWS": ["a", "b"], "Service": "s"}}) == ["a", "b", "s"]
	lib.principals({"Principal": u}) == [u]
	lib.principals({}) == []
}

test_is_allow if {
	lib.is_allow({"Effect": "Allow"})
	not lib.is_allow({"Effect": "Deny"})
	not lib.is_allow({})
	not lib.is_allow({"Effect": u})
	lib.is_allow({"Effect": u}) with data.preflight.pessimistic as true
}

_public := {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}

test_iam_statement_normalizes_json if {
	lib.iam_statement(_public) == {
		"effect": "Allow",
		"principals": [{"type": "*", "id": "*"}],
		"not_principal": false,
		"actions": ["s3:GetObject"],
		"conditions": [],
	}
	st := lib.iam_statement({
		"Effect": "Allow",
		"Principal": {"AWS": ["arn:aws:iam::1:root", "*"], "Service": "sns.amazonaws.com"},
		"Condition": {"StringEquals": {"aws:SourceAccount": "1", "aws:SourceArn": ["a", "b"]}},
	})
	{p | some p in st.principals} == {
		{"type": "AWS", "id": "arn:aws:iam::1:root"},
		{"type": "AWS", "id": "*"},
		{"type": "Service", "id": "sns.amazonaws.com"},
	}
	{c | some c in st.conditions} == {
		{"test": "StringEquals", "variable": "aws:SourceAccount", "values": ["1"]},
		{"test": "StringEquals", "variable": "aws:SourceArn", "values": ["a", "b"]},
	}
	lib.iam_statement({"Effect": "Allow", "NotPrincipal": {"AWS": "x"}}).not_principal == true
}

test_iam_statement_unknowns if {
	st := lib.iam_statement(u)
	st.effect == u
	st.principals == [{"type": u, "id": u}]
	st.conditions == [{"test": u, "variable": u, "values": [u]}]
	lib.iam_statement({"Principal": {"AWS": u}}).principals == [{"type": "AWS", "id": u}]
	lib.iam_statement({"Condition": {"StringEquals": u}}).conditions == [{"test": "StringEquals", "variable": u, "values": [u]}]
}

test_iam_block_statement if {
	st := lib.iam_block_statement({
		"actions": ["sqs:SendMessage"],
		"principals": [{"type": "AWS", "identifiers": ["*"]}],
		"condition": [{"test": "ArnEquals", "variable": "aws:SourceArn", "values": ["arn:x"]}],
	})
	st == {
		"effect": "Allow",
		"principals": [{"type": "AWS", "id": "*"}],
		"not_principal": false,
		"actions": ["sqs:SendMessage"],
		"conditions": [{"test": "ArnEquals", "variable": "aws:SourceArn", "values": ["arn:x"]}],
	}
	lib.iam_block_statement({"principals": u}).principals == [{"type": u, "id": u}]
	lib.iam_block_statement({"not_principals": [{"type": "AWS", "identifiers": ["x"]}]}).not_principal == true
}

test_iam_everyone if {
	lib.iam_everyone(lib.iam_statement(_public))
	lib.iam_everyone(lib.iam_statement(object.union(_public, {"Principal": {"AWS": "*"}})))
	lib.iam_everyone(lib.iam_statement(object.union(_public, {"Principal": {"AWS": ["*"]}})))
	lib.iam_everyone(lib.iam_statement({"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::1:root"}}))
	not lib.iam_everyone(lib.iam_statement(object.union(_public, {"Effect": "Deny"})))
	not lib.iam_everyone(lib.iam_statement(object.union(_public, {"Principal": {"AWS": "arn:aws:iam::1:root"}})))
}

test_iam_everyone_conditions if {
	restricted := [
		{"StringEquals": {"aws:PrincipalOrgID": "o-1"}},
		{"ArnLike": {"AWS:SourceArn": "arn:aws:sns:*:1:t"}},
		{"ForAnyValue:StringEquals": {"aws:SourceVpce": ["vpce-1"]}},
		{"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}},
		{"StringEquals": {"aws:SourceAccount": u}},
	]
	every c in restricted {
		not lib.iam_everyone(lib.iam_statement(object.union(_public, {"Condition": c})))
	}
	open := [
		{"Bool": {"aws:SecureTransport": "true"}},
		{"StringNotEquals": {"aws:PrincipalOrgID": "o-1"}},
		{"StringEqualsIfExists": {"aws:SourceAccount": "1"}},
		{"ForAllValues:StringEquals": {"aws:SourceVpce": "vpce-1"}},
		{"StringLike": {"aws:SourceArn": "*"}},
		{"IpAddress": {"aws:SourceIp": "0.0.0.0/0"}},
	]
	every c in open {
		lib.iam_everyone(lib.iam_statement(object.union(_public, {"Condition": c})))
	}
}

test_iam_everyone_unknowns_are_inconclusive if {
	sts := [
		lib.iam_statement(u),
		lib.iam_statement(object.union(_public, {"Principal": u})),
		lib.iam_statement(object.union(_public, {"Effect": u})),
		lib.iam_statement(object.union(_public, {"Condition": u})),
		lib.iam_statement(object.union(_public, {"Condition": {"StringEquals": u}})),
		lib.iam_block_statement({"principals": [{"type": "*", "identifiers": ["*"]}], "condition": u}),
	]
	every st in sts {
		not lib.iam_everyone(st)
	}
	every st in sts {
		lib.iam_everyone(st) with data.preflight.pessimistic as true
	}
}

test_iam_policy_statements_json if {
	r := t.resource("aws_sqs_queue_policy", "q", {"policy": json.marshal({"Statement": [_public]})})
	es := lib.iam_policy_statements(r, ["policy"]) with input as t.input_of([r])
	es == [{"resource": r, "path": ["policy"], "statement": lib.iam_statement(_public)}]
	none := t.resource("aws_sqs_queue_policy", "n", {})
	count(lib.iam_policy_statements(none, ["policy"])) == 0 with input as t.input_of([none])
	unk := t.resource("aws_sqs_queue_policy", "x", {"policy": t.unknown("var.p")})
	[e.statement | some e in lib.iam_policy_statements(unk, ["policy"])] == [lib.iam_statement(t.unknown("var.p"))] with input as t.input_of([unk])
}

test_iam_policy_statements_documents if {
	base := t.data_source("aws_iam_policy_document", "base", {"statement": [{"actions": ["a"]}]})
	d := t.refs(
		t.data_source("aws_iam_policy_document", "d", {
			"statement": [{"actions": ["b"]}],
			"source_policy_documents": [t.unknown("data.aws_iam_policy_document.base.json"), `{"Statement": {"Effect": "Deny", "Action": "c"}}`],
			"override_policy_documents": [t.unknown("var.extra")],
		}),
		["data.aws_iam_policy_document.base"],
	)
	r := t.refs(t.resource("aws_sns_topic_policy", "p", {"policy": t.unknown("data.aws_iam_policy_document.d.json")}), ["data.aws_iam_policy_document.d"])
	es := lib.iam_policy_statements(r, ["policy"]) with input as t.input_of([base, d, r])
	{sprintf("%s:%v", [e.resource.id, e.path]) | some e in es} == {
		`data.aws_iam_policy_document.base:["statement", 0]`,
		`data.aws_iam_policy_document.d:["statement", 0]`,
		`data.aws_iam_policy_document.d:["source_policy_documents", 1]`,
		`data.aws_iam_policy_document.d:["override_policy_documents", 0]`,
	}
	lib.iam_subject(es[0], r, "SNS topic policy") == `IAM policy document "base" (the policy of SNS topic policy "p")`
}

test_iam_subject_on_the_resource if {
	r := t.resource("aws_sns_topic_policy", "p", {})
	lib.iam_subject({"resource": r}, r, "SNS topic policy") == `SNS topic policy "p"`
}

test_iam_wildcard_principal_types if {
	not lib.iam_wildcard_principal(lib.iam_statement({"Principal": {"Federated": u}}))
	not lib.iam_wildcard_principal(lib.iam_statement({"Principal": {"Federated": u}})) with data.preflight.pessimistic as true
	not lib.iam_wildcard_principal(lib.iam_statement({"Principal": {"Service": "*"}}))
	lib.iam_wildcard_principal(lib.iam_statement({"Principal": {"AWS": u}})) with data.preflight.pessimistic as true
	lib.iam_wildcard_principal(lib.iam_block_statement({"principals": [{"type": "*", "identifiers": ["*"]}]}))
}

test_iam_wildcard_how if {
	lib.iam_wildcard_how(lib.iam_statement(_public)) == `Principal "*"`
	lib.iam_wildcard_how(lib.iam_statement({"Effect": "Allow", "NotPrincipal": {"AWS": "x"}})) == "NotPrincipal"
}

test_iam_policy_statements_in_a_module if {
	d := object.union(
		t.data_source("aws_iam_policy_document", "d", {"statement": [{"actions": ["a"]}]}),
		{"id": "module.m.data.aws_iam_policy_document.d", "module": "module.m"},
	)
	r := object.union(
		t.resource("aws_sqs_queue_policy", "q", {"policy": t.unknown("data.aws_iam_policy_document.d.json")}),
		{"id": "module.m.aws_sqs_queue_policy.q", "module": "module.m", "references": ["module.m.data.aws_iam_policy_document.d"]},
	)
	es := lib.iam_policy_statements(r, ["policy"]) with input as t.input_of([d, r])
	[[e.resource.id, e.path] | some e in es] == [["module.m.data.aws_iam_policy_document.d", ["statement", 0]]]
}
