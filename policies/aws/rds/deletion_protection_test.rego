package aws.rds.deletion_protection_test

import data.aws.rds.deletion_protection as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_unprotected if {
	_deny([t.resource("aws_db_instance", "db", {"engine": "postgres", "deletion_protection": false})]) == {"aws_db_instance.db:deletion_protection"}
	_deny([t.resource("aws_db_instance", "abs", {"engine": "mysql"})]) == {"aws_db_instance.abs:deletion_protection"}
	_deny([t.resource("aws_rds_cluster", "c", {"engine": "aurora-mysql"})]) == {"aws_rds_cluster.c:deletion_protection"}
}

test_fix if {
	i := t.input_of([t.resource("aws_rds_cluster", "c", {})])
	some v in rule.deny with input as i
	v.fix.actions == [{"op": "set", "path": ["deletion_protection"], "value": true}]
}

test_protected_and_exceptions_pass if {
	_deny([
		t.resource("aws_db_instance", "a", {"engine": "postgres", "deletion_protection": true}),
		t.resource("aws_db_instance", "replica", {"replicate_source_db": "a"}),
		t.resource("aws_db_instance", "member", {"engine": "aurora-mysql"}),
		t.resource("aws_rds_cluster", "c", {"deletion_protection": "true"}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_rds_cluster", "c", {"deletion_protection": t.unknown("var.protect")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_rds_cluster.c:deletion_protection"}
	engine := [t.resource("aws_db_instance", "db", {"engine": t.unknown("var.engine")})]
	_deny(engine) == set()
	_deny_pessimistic(engine) == {"aws_db_instance.db:deletion_protection"}
}
