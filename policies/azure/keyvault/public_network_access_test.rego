package azure.keyvault.public_network_access_test

import data.azure.keyvault.public_network_access as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_public if {
	_deny([t.resource("azurerm_key_vault", "kv", {})]) == {"azurerm_key_vault.kv:public_network_access_enabled"}
	_deny([t.resource("azurerm_key_vault", "kv", {"public_network_access_enabled": true})]) == {"azurerm_key_vault.kv:public_network_access_enabled"}
}

test_disabled_passes if {
	_deny([t.resource("azurerm_key_vault", "kv", {"public_network_access_enabled": false})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_key_vault", "kv", {"public_network_access_enabled": t.unknown("var.public")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_key_vault.kv:public_network_access_enabled"}
}

_arm(props) := t.arm_resource("Microsoft.KeyVault/vaults", "kv", {"apiVersion": "2023-07-01", "properties": props})

test_arm_public if {
	_deny([_arm({})]) == {"Microsoft.KeyVault/vaults/kv:properties.publicNetworkAccess"}
	_deny([_arm({"publicNetworkAccess": "enabled"})]) == {"Microsoft.KeyVault/vaults/kv:properties.publicNetworkAccess"}
}

test_arm_disabled_passes if {
	_deny([_arm({"publicNetworkAccess": "Disabled"})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm({"publicNetworkAccess": t.unknown("parameters('publicNetworkAccess')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.KeyVault/vaults/kv:properties.publicNetworkAccess"}
}

test_data_sources_are_not_reported if {
	_deny([t.data_source("azurerm_key_vault", "shared", {"name": "shared-kv"})]) == set()
}
