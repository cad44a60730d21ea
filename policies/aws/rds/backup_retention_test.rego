package aws.rds.backup_retention_test

import data.aws.rds.backup_retention as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_short_retention if {
	_deny([t.resource("aws_db_instance", "db", {"engine": "postgres", "backup_retention_period": 3})]) == {"aws_db_instance.db:backup_retention_period"}
	_deny([t.resource("aws_db_instance", "off", {"engine": "mysql", "backup_retention_period": "0"})]) == {"aws_db_instance.off:backup_retention_period"}
	_deny([t.resource("aws_rds_cluster", "c", {"engine": "aurora-postgresql", "backup_retention_period": 1})]) == {"aws_rds_cluster.c:backup_retention_period"}
}

test_absent_takes_insecure_default if {
	_deny([t.resource("aws_db_instance", "db", {"engine": "postgres"})]) == {"aws_db_instance.db:backup_retention_period"}
	_deny([t.resource("aws_rds_cluster", "c", {"engine": "aurora-mysql"})]) == {"aws_rds_cluster.c:backup_retention_period"}
}

test_fix_sets_seven if {
	i := t.input_of([t.resource("aws_rds_cluster", "c", {})])
	some v in rule.deny with input as i
	v.fix.actions == [{"op": "set", "path": ["backup_retention_period"], "value": 7}]
}

test_long_retention_and_exceptions_pass if {
	_deny([
		t.resource("aws_db_instance", "a", {"engine": "postgres", "backup_retention_period": 7}),
		t.resource("aws_db_instance", "b", {"engine": "mysql", "backup_retention_period": 35}),
		t.resource("aws_db_instance", "replica", {"replicate_source_db": t.unknown("aws_db_instance.a.identifier")}),
		t.resource("aws_db_instance", "member", {"engine": "aurora-postgresql"}),
		t.resource("aws_db_instance", "restored", {"snapshot_identifier": "snap-1"}),
		t.resource("aws_rds_cluster", "c", {"backup_retention_period": 14}),
		t.resource("aws_rds_cluster", "restored", {"snapshot_identifier": "snap-2"}),
	]) == set()
}

test_restored_with_short_retention if {
	_deny([t.resource("aws_rds_cluster", "r", {"snapshot_identifier": "snap", "backup_retention_period": 1})]) == {"aws_rds_cluster.r:backup_retention_period"}
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_db_instance", "db", {"engine": "postgres", "backup_retention_period": t.unknown("var.retention")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_db_instance.db:backup_retention_period"}
	engine := [t.resource("aws_db_instance", "db", {"engine": t.unknown("var.engine")})]
	_deny(engine) == set()
	_deny_pessimistic(engine) == {"aws_db_instance.db:backup_retention_period"}
}
