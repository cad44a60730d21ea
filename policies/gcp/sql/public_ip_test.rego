package gcp.sql.public_ip_test

import data.gcp.sql.public_ip as rule
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

test_public_ip if {
	_deny([t.resource("google_sql_database_instance", "db", {"settings": [{"tier": "db-f1-micro"}]})]) == {"google_sql_database_instance.db:settings.0.ip_configuration"}
	_deny([_db({"ssl_mode": "ENCRYPTED_ONLY"})]) == {"google_sql_database_instance.db:settings.0.ip_configuration.0.ipv4_enabled"}
	_deny([_db({"ipv4_enabled": true})]) == {"google_sql_database_instance.db:settings.0.ip_configuration.0.ipv4_enabled"}
}

test_private_passes if {
	_deny([_db({"ipv4_enabled": false, "private_network": "projects/p/global/networks/vpc"})]) == set()
}

test_fix_only_with_private_network if {
	with_net := t.input_of([_db({"ipv4_enabled": true, "private_network": t.unknown("google_compute_network.vpc.id")})])
	some v in rule.deny with input as with_net
	v.fix.actions[0] == {"op": "set", "path": ["settings", 0, "ip_configuration", 0, "ipv4_enabled"], "value": false}
	without := t.input_of([_db({"ipv4_enabled": true})])
	fixes := [w.fix | some w in rule.deny; w.fix] with input as without
	fixes == []
}

test_unknown_is_inconclusive if {
	rs := [_db({"ipv4_enabled": t.unknown("var.public_ip")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"google_sql_database_instance.db:settings.0.ip_configuration.0.ipv4_enabled"}
}
