package azure.keyvault.purge_protection_test

import data.azure.keyvault.purge_protection as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_no_purge_protection if {
	_deny([t.resource("azurerm_key_vault", "kv", {})]) == {"azurerm_key_vault.kv:purge_protection_enabled"}
	_deny([t.resource("azurerm_key_vault", "kv", {"purge_protection_enabled": false})]) == {"azurerm_key_vault.kv:purge_protection_enabled"}
}

test_purge_protection_passes if {
	_deny([t.resource("azurerm_key_vault", "kv", {"purge_protection_enabled": true})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_key_vault", "kv", {"purge_protection_enabled": t.unknown("var.purge")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_key_vault.kv:purge_protection_enabled"}
}

_kv(properties) := t.arm_resource("Microsoft.KeyVault/vaults", "kv", {"apiVersion": "2023-07-01", "properties": properties})

test_arm_no_purge_protection if {
	_deny([_kv({"enableSoftDelete": true})]) == {"Microsoft.KeyVault/vaults/kv:properties.enablePurgeProtection"}
	_deny([_kv({"enablePurgeProtection": false})]) == {"Microsoft.KeyVault/vaults/kv:properties.enablePurgeProtection"}
	_deny([t.arm_resource("Microsoft.KeyVault/vaults", "kv", {})]) == {"Microsoft.KeyVault/vaults/kv:properties.enablePurgeProtection"}
}

test_arm_purge_protection_passes if {
	_deny([_kv({"enablePurgeProtection": true})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_kv({"enablePurgeProtection": t.unknown("parameters('purge')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.KeyVault/vaults/kv:properties.enablePurgeProtection"}
	whole := [_kv(t.unknown("parameters('vaultProperties')"))]
	_deny(whole) == set()
	_deny_pessimistic(whole) == {"Microsoft.KeyVault/vaults/kv:properties.enablePurgeProtection"}
}

test_arm_property_names_ignore_case if {
	_deny([_kv({"EnablePurgeProtection": true})]) == set()
}
