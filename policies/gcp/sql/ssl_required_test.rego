package gcp.sql.ssl_required_test

import data.gcp.sql.ssl_required as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_db(ip) := t.resource("google_sql_database_instance", "db", {"settings": [{"tier": "db-f1-micro", "ip_configuration": [ip]}]})

test_defaults_allow_plain_text if {
	_deny([t.resource("google_sql_database_instance", "db", {"settings": [{"tier": "db-f1-micro"}]})]) == {"google_sql_database_instance.db:settings.0.ip_configuration"}
	_deny([_db({"ipv4_enabled": true})]) == {"google_sql_database_instance.db:settings.0.ip_configuration.0.ssl_mode"}
	_deny([_db({"require_ssl": false})]) == {"google_sql_database_instance.db:settings.0.ip_configuration.0.require_ssl"}
	_deny([_db({"ssl_mode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED"})]) == {"google_sql_database_instance.db:settings.0.ip_configuration.0.ssl_mode"}
}

test_encrypted_passes if {
	_deny([_db({"ssl_mode": "ENCRYPTED_ONLY"})]) == set()
	_deny([_db({"ssl_mode": "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"})]) == set()
	_deny([_db({"require_ssl": true})]) == set()
}

test_fix_adds_block if {
	i := t.input_of([t.resource("google_sql_database_instance", "db", {"settings": [{"tier": "db-f1-micro"}]})])
	some v in rule.deny with input as i
	v.fix.actions[0] == {"op": "add_block", "path": ["settings", 0, "ip_configuration"], "value": {"ssl_mode": "ENCRYPTED_ONLY"}}
}

test_unknown_is_inconclusive if {
	rs := [_db({"ssl_mode": t.unknown("var.ssl_mode")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_sql_database_instance.db:settings.0.ip_configuration.0.ssl_mode"}
	ls := [_db({"require_ssl": t.unknown("var.require_ssl")})]
	_deny(ls) == set()
	_deny_pessimistic(ls) == {"google_sql_database_instance.db:settings.0.ip_configuration.0.require_ssl"}
}
