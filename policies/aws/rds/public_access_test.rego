package aws.rds.public_access_test

import data.aws.rds.public_access as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_public if {
	_deny([t.resource("aws_db_instance", "db", {"publicly_accessible": true})]) == {"aws_db_instance.db:publicly_accessible"}
	_deny([t.resource("aws_rds_cluster_instance", "c", {"publicly_accessible": true})]) == {"aws_rds_cluster_instance.c:publicly_accessible"}
}

test_private_passes if {
	_deny([t.resource("aws_db_instance", "a", {}), t.resource("aws_db_instance", "b", {"publicly_accessible": false})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_db_instance", "db", {"publicly_accessible": t.unknown("var.public")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_db_instance.db:publicly_accessible"}
}
