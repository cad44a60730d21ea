package gcp.sql.insecure_flags_test

import data.gcp.sql.insecure_flags as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_db(flags) := t.resource("google_sql_database_instance", "db", {"settings": [{"tier": "db-f1-micro", "database_flags": flags}]})

test_insecure_flags if {
	_deny([_db([{"name": "local_infile", "value": "on"}])]) == {"google_sql_database_instance.db:settings.0.database_flags.0.value"}
	_deny([_db([
		{"name": "max_connections", "value": "500"},
		{"name": "cross db ownership chaining", "value": "ON"},
		{"name": "contained database authentication", "value": "on"},
	])]) == {"google_sql_database_instance.db:settings.0.database_flags.1.value", "google_sql_database_instance.db:settings.0.database_flags.2.value"}
}

test_off_and_other_flags_pass if {
	_deny([_db([
		{"name": "local_infile", "value": "off"},
		{"name": "external scripts enabled", "value": "off"},
		{"name": "log_connections", "value": "on"},
	])]) == set()
	_deny([t.resource("google_sql_database_instance", "bare", {"settings": [{"tier": "db-f1-micro"}]})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_db([{"name": "local_infile", "value": t.unknown("var.local_infile")}])]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_sql_database_instance.db:settings.0.database_flags.0.value"}
}
