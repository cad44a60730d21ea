package azure.cosmosdb.open_network_test

import data.azure.cosmosdb.open_network as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_acct(attrs) := t.resource("azurerm_cosmosdb_account", "db", attrs)

test_open if {
	_deny([_acct({})]) == {"azurerm_cosmosdb_account.db:public_network_access_enabled"}
	_deny([_acct({"public_network_access_enabled": true, "ip_range_filter": ""})]) == {"azurerm_cosmosdb_account.db:public_network_access_enabled"}
	_deny([_acct({"ip_range_filter": [], "is_virtual_network_filter_enabled": false})]) == {"azurerm_cosmosdb_account.db:public_network_access_enabled"}
}

test_restricted_passes if {
	_deny([_acct({"public_network_access_enabled": false})]) == set()
	_deny([_acct({"ip_range_filter": "203.0.113.10"})]) == set()
	_deny([_acct({"ip_range_filter": ["203.0.113.0/24"]})]) == set()
	_deny([_acct({"is_virtual_network_filter_enabled": true})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_acct({"ip_range_filter": t.unknown("var.allowed_ips")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_cosmosdb_account.db:public_network_access_enabled"}
}

_arm(props) := t.arm_resource("Microsoft.DocumentDB/databaseAccounts", "db", {"apiVersion": "2024-05-15", "kind": "GlobalDocumentDB", "properties": props})

test_arm_open if {
	_deny([_arm({})]) == {"Microsoft.DocumentDB/databaseAccounts/db:properties.publicNetworkAccess"}
	_deny([_arm({"PublicNetworkAccess": "Enabled", "ipRules": []})]) == {"Microsoft.DocumentDB/databaseAccounts/db:properties.PublicNetworkAccess"}
}

test_arm_restricted_passes if {
	_deny([_arm({"publicNetworkAccess": "Disabled"})]) == set()
	_deny([_arm({"ipRules": [{"ipAddressOrRange": "203.0.113.10"}]})]) == set()
	_deny([_arm({"isVirtualNetworkFilterEnabled": true})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm({"isVirtualNetworkFilterEnabled": t.unknown("parameters('vnetFilter')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.DocumentDB/databaseAccounts/db:properties.publicNetworkAccess"}
}
