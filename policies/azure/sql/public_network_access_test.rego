package azure.sql.public_network_access_test

import data.azure.sql.public_network_access as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_public_access if {
	_deny([t.resource("azurerm_mssql_server", "db", {})]) == {"azurerm_mssql_server.db:public_network_access_enabled"}
	_deny([t.resource("azurerm_mssql_server", "db", {"public_network_access_enabled": true})]) == {"azurerm_mssql_server.db:public_network_access_enabled"}
}

test_disabled_passes if {
	_deny([t.resource("azurerm_mssql_server", "db", {"public_network_access_enabled": false})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_mssql_server", "db", {"public_network_access_enabled": t.unknown("var.public")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_mssql_server.db:public_network_access_enabled"}
}

_server(properties) := t.arm_resource("Microsoft.Sql/servers", "sql", {"apiVersion": "2023-08-01-preview", "properties": properties})

test_arm_public_access if {
	_deny([_server({"administratorLogin": "dba"})]) == {"Microsoft.Sql/servers/sql:properties.publicNetworkAccess"}
	_deny([_server({"publicNetworkAccess": "Enabled"})]) == {"Microsoft.Sql/servers/sql:properties.publicNetworkAccess"}
	_deny([_server({"publicNetworkAccess": "enabled"})]) == {"Microsoft.Sql/servers/sql:properties.publicNetworkAccess"}
}

test_arm_disabled_passes if {
	_deny([
		_server({"publicNetworkAccess": "Disabled"}),
		t.arm_resource("Microsoft.Sql/servers", "p", {"properties": {"publicNetworkAccess": "SecuredByPerimeter"}}),
		t.arm_resource("Microsoft.Sql/servers/databases", "sql/db", {"properties": {}}),
	]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_server({"publicNetworkAccess": t.unknown("parameters('publicAccess')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Sql/servers/sql:properties.publicNetworkAccess"}
}
