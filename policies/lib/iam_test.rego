package lib_test

import data.lib

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
