package gcp.sql.backups_test

import data.gcp.sql.backups as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_db(settings) := t.resource("google_sql_database_instance", "db", {"settings": [object.union({"tier": "db-f1-micro"}, settings)]})

test_no_backups if {
	_deny([_db({})]) == {"google_sql_database_instance.db:settings.0.backup_configuration"}
	_deny([_db({"backup_configuration": [{"start_time": "03:00"}]})]) == {"google_sql_database_instance.db:settings.0.backup_configuration.0.enabled"}
	_deny([_db({"backup_configuration": [{"enabled": false}]})]) == {"google_sql_database_instance.db:settings.0.backup_configuration.0.enabled"}
}

test_backups_and_replicas_pass if {
	_deny([_db({"backup_configuration": [{"enabled": true}]})]) == set()
	_deny([t.resource("google_sql_database_instance", "replica", {"master_instance_name": "db", "settings": [{"tier": "db-f1-micro"}]})]) == set()
	_deny_pessimistic([t.resource("google_sql_database_instance", "replica", {"master_instance_name": t.unknown("google_sql_database_instance.db.name"), "settings": [{"tier": "db-f1-micro"}]})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_db({"backup_configuration": [{"enabled": t.unknown("var.backups")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_sql_database_instance.db:settings.0.backup_configuration.0.enabled"}
}
