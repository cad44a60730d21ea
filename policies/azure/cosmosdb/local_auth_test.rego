package azure.cosmosdb.local_auth_test

import data.azure.cosmosdb.local_auth as rule
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

test_keys_enabled if {
	_deny([_acct({})]) == {"azurerm_cosmosdb_account.db:local_authentication_disabled"}
	_deny([_acct({"local_authentication_disabled": false, "capabilities": [{"name": "EnableServerless"}]})]) == {"azurerm_cosmosdb_account.db:local_authentication_disabled"}
}

test_disabled_and_other_apis_pass if {
	_deny([_acct({"local_authentication_disabled": true})]) == set()
	_deny([_acct({"kind": "MongoDB"})]) == set()
	_deny([_acct({"capabilities": [{"name": "EnableCassandra"}]})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_acct({"local_authentication_disabled": t.unknown("var.no_keys")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_cosmosdb_account.db:local_authentication_disabled"}

	api := [_acct({"capabilities": [{"name": t.unknown("var.api")}]})]
	_deny(api) == set()
	_deny_pessimistic(api) == {"azurerm_cosmosdb_account.db:local_authentication_disabled"}
}

_arm(kind, props) := t.arm_resource("Microsoft.DocumentDB/databaseAccounts", "db", {"apiVersion": "2024-05-15", "kind": kind, "properties": props})

test_arm_keys_enabled if {
	_deny([_arm("GlobalDocumentDB", {})]) == {"Microsoft.DocumentDB/databaseAccounts/db:properties.disableLocalAuth"}
	_deny([_arm("GlobalDocumentDB", {"DisableLocalAuth": false})]) == {"Microsoft.DocumentDB/databaseAccounts/db:properties.DisableLocalAuth"}
}

test_arm_disabled_and_other_apis_pass if {
	_deny([_arm("GlobalDocumentDB", {"disableLocalAuth": true})]) == set()
	_deny([_arm("MongoDB", {})]) == set()
	_deny([_arm("GlobalDocumentDB", {"capabilities": [{"name": "EnableTable"}]})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm("GlobalDocumentDB", {"disableLocalAuth": t.unknown("parameters('disableLocalAuth')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.DocumentDB/databaseAccounts/db:properties.disableLocalAuth"}
}
