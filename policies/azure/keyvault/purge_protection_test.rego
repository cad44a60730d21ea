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
