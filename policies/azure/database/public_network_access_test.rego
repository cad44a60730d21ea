package azure.database.public_network_access_test

import data.azure.database.public_network_access as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_postgresql_flexible if {
	_deny([t.resource("azurerm_postgresql_flexible_server", "pg", {})]) == {"azurerm_postgresql_flexible_server.pg:public_network_access_enabled"}
	_deny([t.resource("azurerm_postgresql_flexible_server", "pg", {"public_network_access_enabled": true})]) == {"azurerm_postgresql_flexible_server.pg:public_network_access_enabled"}
	_deny([t.resource("azurerm_postgresql_flexible_server", "pg", {"public_network_access_enabled": false})]) == set()
	_deny([t.resource("azurerm_postgresql_flexible_server", "pg", {"delegated_subnet_id": t.unknown("azurerm_subnet.db.id")})]) == set()
}

test_mysql_flexible if {
	_deny([t.resource("azurerm_mysql_flexible_server", "my", {})]) == {"azurerm_mysql_flexible_server.my:public_network_access"}
	_deny([t.resource("azurerm_mysql_flexible_server", "my", {"public_network_access": "Enabled"})]) == {"azurerm_mysql_flexible_server.my:public_network_access"}
	_deny([t.resource("azurerm_mysql_flexible_server", "my", {"public_network_access": "Disabled"})]) == set()
	_deny([t.resource("azurerm_mysql_flexible_server", "my", {"delegated_subnet_id": "/subscriptions/x/subnets/db"})]) == set()
}

test_single_servers if {
	_deny([t.resource("azurerm_postgresql_server", "pg", {})]) == {"azurerm_postgresql_server.pg:public_network_access_enabled"}
	_deny([t.resource("azurerm_mysql_server", "my", {"public_network_access_enabled": true})]) == {"azurerm_mysql_server.my:public_network_access_enabled"}
	_deny([t.resource("azurerm_mariadb_server", "m", {"public_network_access_enabled": false})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_postgresql_flexible_server", "pg", {"public_network_access_enabled": t.unknown("var.public")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_postgresql_flexible_server.pg:public_network_access_enabled"}
}

_flex(props) := t.arm_resource("Microsoft.DBforPostgreSQL/flexibleServers", "pg", {"apiVersion": "2023-06-01-preview", "properties": props})

test_arm_flexible if {
	_deny([_flex({})]) == {"Microsoft.DBforPostgreSQL/flexibleServers/pg:properties.network.publicNetworkAccess"}
	_deny([_flex({"network": {"publicNetworkAccess": "Enabled"}})]) == {"Microsoft.DBforPostgreSQL/flexibleServers/pg:properties.network.publicNetworkAccess"}
	_deny([_flex({"network": {"publicNetworkAccess": "Disabled"}})]) == set()
	_deny([_flex({"Network": {"DelegatedSubnetResourceId": "/subscriptions/x/subnets/db"}})]) == set()
	my := t.arm_resource("Microsoft.DBforMySQL/flexibleServers", "my", {"properties": {"network": {"publicNetworkAccess": "enabled"}}})
	_deny([my]) == {"Microsoft.DBforMySQL/flexibleServers/my:properties.network.publicNetworkAccess"}
}

test_arm_single if {
	_deny([t.arm_resource("Microsoft.DBforPostgreSQL/servers", "pg", {"properties": {}})]) == {"Microsoft.DBforPostgreSQL/servers/pg:properties.publicNetworkAccess"}
	_deny([t.arm_resource("Microsoft.DBforMySQL/servers", "my", {"properties": {"publicNetworkAccess": "Disabled"}})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_flex({"network": {"publicNetworkAccess": t.unknown("parameters('public')")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.DBforPostgreSQL/flexibleServers/pg:properties.network.publicNetworkAccess"}
}
