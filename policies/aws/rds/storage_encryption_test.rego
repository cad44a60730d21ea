package aws.rds.storage_encryption_test

import data.aws.rds.storage_encryption as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_unencrypted if {
	_deny([t.resource("aws_db_instance", "db", {"engine": "postgres"})]) == {"aws_db_instance.db:storage_encrypted"}
	_deny([t.resource("aws_rds_cluster", "c", {"storage_encrypted": false})]) == {"aws_rds_cluster.c:storage_encrypted"}
}

test_fix_replaces if {
	some v in rule.deny with input as t.input_of([t.resource("aws_db_instance", "db", {})])
	v.fix.replaces == true
	v.fix.actions == [{"op": "set", "path": ["storage_encrypted"], "value": true}]
}

test_encrypted_and_exceptions_pass if {
	_deny([
		t.resource("aws_db_instance", "a", {"storage_encrypted": true}),
		t.resource("aws_db_instance", "replica", {"replicate_source_db": t.unknown("aws_db_instance.a.identifier")}),
		t.resource("aws_db_instance", "restored", {"snapshot_identifier": "snap"}),
		t.resource("aws_rds_cluster", "serverless", {"engine_mode": "serverless"}),
		t.resource("aws_rds_cluster", "c", {"storage_encrypted": true}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_rds_cluster", "c", {"storage_encrypted": t.unknown("var.enc")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_rds_cluster.c:storage_encrypted"}
	mode := [t.resource("aws_rds_cluster", "c", {"engine_mode": t.unknown("var.mode")})]
	_deny(mode) == set()
	_deny_pessimistic(mode) == {"aws_rds_cluster.c:storage_encrypted"}
}
