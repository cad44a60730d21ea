package aws.rds.iam_auth_test

import data.aws.rds.iam_auth as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_password_only if {
	_deny([t.resource("aws_db_instance", "db", {"engine": "postgres"})]) == {"aws_db_instance.db:iam_database_authentication_enabled"}
	_deny([t.resource("aws_db_instance", "my", {"engine": "mysql", "iam_database_authentication_enabled": false})]) == {"aws_db_instance.my:iam_database_authentication_enabled"}
	_deny([t.resource("aws_rds_cluster", "c", {"engine": "aurora-postgresql"})]) == {"aws_rds_cluster.c:iam_database_authentication_enabled"}
	_deny([t.resource("aws_rds_cluster", "v2", {"engine": "aurora-mysql", "engine_mode": "provisioned"})]) == {"aws_rds_cluster.v2:iam_database_authentication_enabled"}
}

test_enabled_and_unsupported_pass if {
	_deny([
		t.resource("aws_db_instance", "a", {"engine": "postgres", "iam_database_authentication_enabled": true}),
		t.resource("aws_db_instance", "ora", {"engine": "oracle-ee"}),
		t.resource("aws_db_instance", "sql", {"engine": "sqlserver-se"}),
		t.resource("aws_db_instance", "member", {"engine": "aurora-postgresql"}),
		t.resource("aws_db_instance", "replica", {"engine": "postgres", "replicate_source_db": "a"}),
		t.resource("aws_db_instance", "restored", {"snapshot_identifier": "snap"}),
		t.resource("aws_rds_cluster", "v1", {"engine": "aurora-mysql", "engine_mode": "serverless"}),
		t.resource("aws_rds_cluster", "on", {"engine": "aurora-mysql", "iam_database_authentication_enabled": true}),
	]) == set()
}

test_fix if {
	i := t.input_of([t.resource("aws_db_instance", "db", {"engine": "mysql"})])
	some v in rule.deny with input as i
	v.fix.actions == [{"op": "set", "path": ["iam_database_authentication_enabled"], "value": true}]
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_db_instance", "db", {"engine": "postgres", "iam_database_authentication_enabled": t.unknown("var.iam")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_db_instance.db:iam_database_authentication_enabled"}
	engine := [t.resource("aws_rds_cluster", "c", {"engine": t.unknown("var.engine")})]
	_deny(engine) == set()
	_deny_pessimistic(engine) == {"aws_rds_cluster.c:iam_database_authentication_enabled"}
}
