package azure.database.postgresql_logging_test

import data.azure.database.postgresql_logging as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_conf(type, name, value) := t.resource(type, "c", {"name": name, "value": value})

test_logging_off if {
	_deny([_conf("azurerm_postgresql_flexible_server_configuration", "log_connections", "off")]) == {"azurerm_postgresql_flexible_server_configuration.c:value"}
	_deny([_conf("azurerm_postgresql_flexible_server_configuration", "connection_throttle.enable", "OFF")]) == {"azurerm_postgresql_flexible_server_configuration.c:value"}
	_deny([_conf("azurerm_postgresql_configuration", "log_checkpoints", "off")]) == {"azurerm_postgresql_configuration.c:value"}
}

test_logging_on_and_other_params_pass if {
	_deny([_conf("azurerm_postgresql_flexible_server_configuration", "log_connections", "on")]) == set()
	_deny([_conf("azurerm_postgresql_flexible_server_configuration", "require_secure_transport", "off")]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_conf("azurerm_postgresql_flexible_server_configuration", "log_disconnections", t.unknown("var.log"))]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_postgresql_flexible_server_configuration.c:value"}
}

_arm(name, value) := t.arm_resource("Microsoft.DBforPostgreSQL/flexibleServers/configurations", name, {"apiVersion": "2023-06-01-preview", "properties": {"value": value, "source": "user-override"}})

test_arm_logging_off if {
	_deny([_arm("pg/log_checkpoints", "off")]) == {"Microsoft.DBforPostgreSQL/flexibleServers/configurations/pg/log_checkpoints:properties.value"}
	_deny([_arm("pg/log_checkpoints", "on")]) == set()
	_deny([_arm("pg/shared_buffers", "off")]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm("pg/log_connections", t.unknown("parameters('log')"))]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.DBforPostgreSQL/flexibleServers/configurations/pg/log_connections:properties.value"}
}
