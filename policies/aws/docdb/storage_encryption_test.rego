package aws.docdb.storage_encryption_test

import data.aws.docdb.storage_encryption as rule
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
	_deny([
		t.resource("aws_docdb_cluster", "d", {"engine": "docdb"}),
		t.resource("aws_neptune_cluster", "n", {"storage_encrypted": false}),
	]) == {"aws_docdb_cluster.d:storage_encrypted", "aws_neptune_cluster.n:storage_encrypted"}
}

test_encrypted_and_restores_pass if {
	_deny([
		t.resource("aws_docdb_cluster", "d", {"storage_encrypted": true}),
		t.resource("aws_neptune_cluster", "n", {"snapshot_identifier": "snap"}),
	]) == set()
}

test_fix_replaces if {
	some v in rule.deny with input as t.input_of([t.resource("aws_docdb_cluster", "d", {})])
	v.fix.replaces == true
	v.fix.actions == [{"op": "set", "path": ["storage_encrypted"], "value": true}]
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_neptune_cluster", "n", {"storage_encrypted": t.unknown("var.enc")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_neptune_cluster.n:storage_encrypted"}
}
