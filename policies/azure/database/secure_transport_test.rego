package azure.database.secure_transport_test

import data.azure.database.secure_transport as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_pgconf(name, value) := t.resource("azurerm_postgresql_flexible_server_configuration", "c", {"name": name, "value": value})

_myconf(name, value) := t.resource("azurerm_mysql_flexible_server_configuration", "c", {"name": name, "value": value})

test_flexible_configuration if {
	_deny([_pgconf("require_secure_transport", "off")]) == {"azurerm_postgresql_flexible_server_configuration.c:value"}
	_deny([_myconf("require_secure_transport", "OFF")]) == {"azurerm_mysql_flexible_server_configuration.c:value"}
	_deny([_myconf("tls_version", "TLSv1.1,TLSv1.2")]) == {"azurerm_mysql_flexible_server_configuration.c:value"}
}

test_flexible_configuration_passes if {
	_deny([_pgconf("require_secure_transport", "on")]) == set()
	_deny([_pgconf("log_connections", "off")]) == set()
	_deny([_myconf("tls_version", "TLSv1.2,TLSv1.3")]) == set()
}

test_fix_value if {
	i := t.input_of([_myconf("require_secure_transport", "OFF")])
	some v in rule.deny with input as i
	v.fix.actions[0].value == "ON"
}

test_single_servers if {
	_deny([t.resource("azurerm_postgresql_server", "pg", {"ssl_enforcement_enabled": false})]) == {"azurerm_postgresql_server.pg:ssl_enforcement_enabled"}
	_deny([t.resource("azurerm_mysql_server", "my", {"ssl_enforcement_enabled": true, "ssl_minimal_tls_version_enforced": "TLS1_0"})]) == {"azurerm_mysql_server.my:ssl_minimal_tls_version_enforced"}
	_deny([t.resource("azurerm_mariadb_server", "m", {"ssl_enforcement_enabled": true})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_pgconf("require_secure_transport", t.unknown("var.tls"))]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_postgresql_flexible_server_configuration.c:value"}
}

_arm_conf(type, name, value) := t.arm_resource(type, name, {"apiVersion": "2023-06-01-preview", "properties": {"value": value, "source": "user-override"}})

test_arm_flexible_configuration if {
	_deny([_arm_conf("Microsoft.DBforPostgreSQL/flexibleServers/configurations", "pg/require_secure_transport", "off")]) == {"Microsoft.DBforPostgreSQL/flexibleServers/configurations/pg/require_secure_transport:properties.value"}
	_deny([_arm_conf("Microsoft.DBforMySQL/flexibleServers/configurations", "my/tls_version", "TLSv1")]) == {"Microsoft.DBforMySQL/flexibleServers/configurations/my/tls_version:properties.value"}
	_deny([_arm_conf("Microsoft.DBforPostgreSQL/flexibleServers/configurations", "pg/require_secure_transport", "on")]) == set()
	_deny([_arm_conf("Microsoft.DBforPostgreSQL/flexibleServers/configurations", "pg/log_checkpoints", "off")]) == set()
}

test_arm_single_servers if {
	_deny([t.arm_resource("Microsoft.DBforPostgreSQL/servers", "pg", {"properties": {"sslEnforcement": "Disabled"}})]) == {"Microsoft.DBforPostgreSQL/servers/pg:properties.sslEnforcement"}
	_deny([t.arm_resource("Microsoft.DBforMySQL/servers", "my", {"properties": {"sslEnforcement": "Enabled", "minimalTlsVersion": "TLS1_1"}})]) == {"Microsoft.DBforMySQL/servers/my:properties.minimalTlsVersion"}
	_deny([t.arm_resource("Microsoft.DBforMySQL/servers", "my", {"properties": {"sslEnforcement": "Enabled", "minimalTlsVersion": "TLS1_2"}})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm_conf("Microsoft.DBforPostgreSQL/flexibleServers/configurations", "pg/require_secure_transport", t.unknown("parameters('tls')"))]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.DBforPostgreSQL/flexibleServers/configurations/pg/require_secure_transport:properties.value"}

	# a configuration whose name is unknown may be require_secure_transport
	named := [_arm_conf("Microsoft.DBforPostgreSQL/flexibleServers/configurations", "pg/[parameters('setting')]", "off")]
	_deny(named) == set()
	_deny_pessimistic(named) == {"Microsoft.DBforPostgreSQL/flexibleServers/configurations/pg/[parameters('setting')]:properties.value"}
}
