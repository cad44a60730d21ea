package gcp.sql.authorized_networks_test

import data.gcp.sql.authorized_networks as rule
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

test_open_network if {
	_deny([_db({"authorized_networks": [{"name": "office", "value": "203.0.113.0/24"}, {"name": "all", "value": "0.0.0.0/0"}]})]) == {"google_sql_database_instance.db:settings.0.ip_configuration.0.authorized_networks.1.value"}
	_deny([_db({"ipv4_enabled": true, "authorized_networks": [{"value": "0.0.0.0/0"}]})]) == {"google_sql_database_instance.db:settings.0.ip_configuration.0.authorized_networks.0.value"}
}

test_restricted_or_private_pass if {
	_deny([_db({"authorized_networks": [{"value": "203.0.113.10/32"}]})]) == set()
	_deny([_db({"ipv4_enabled": false, "private_network": "projects/p/global/networks/vpc", "authorized_networks": [{"value": "0.0.0.0/0"}]})]) == set()
	_deny([t.resource("google_sql_database_instance", "bare", {"settings": [{"tier": "db-f1-micro"}]})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_db({"authorized_networks": [{"value": t.unknown("var.client_range")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_sql_database_instance.db:settings.0.ip_configuration.0.authorized_networks.0.value"}
}

test_fix_removes_the_network if {
	some v in rule.deny with input as t.input_of([_db({"authorized_networks": [{"value": "0.0.0.0/0"}]})])
	v.fix.actions == [{"op": "remove", "path": ["settings", 0, "ip_configuration", 0, "authorized_networks", 0]}]
}
