package acme.rds.backup_retention_test

import data.acme.rds.backup_retention as rule
import data.lib.testing as t

_deny(attrs) := f if {
	i := t.input_of([t.resource("aws_db_instance", "db", attrs)])
	f := t.findings(rule.deny) with input as i
}

test_short_retention if {
	_deny({"backup_retention_period": 7}) == {"aws_db_instance.db:backup_retention_period"}
}

test_default_is_one_day if {
	_deny({}) == {"aws_db_instance.db:backup_retention_period"}
}

test_a_month_passes if {
	_deny({"backup_retention_period": 35}) == set()
}

test_unknown_is_inconclusive if {
	i := t.input_of([t.resource("aws_db_instance", "db", {"backup_retention_period": t.unknown("var.days")})])
	f := t.findings(rule.deny) with input as i
	f == set()
	p := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
	p == {"aws_db_instance.db:backup_retention_period"}
}
