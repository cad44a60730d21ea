package azure.keyvault.rbac_authorization_test

import data.azure.keyvault.rbac_authorization as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_kv(attrs) := t.resource("azurerm_key_vault", "kv", attrs)

test_access_policies if {
	_deny([_kv({})]) == {"azurerm_key_vault.kv:enable_rbac_authorization"}
	_deny([_kv({"enable_rbac_authorization": false})]) == {"azurerm_key_vault.kv:enable_rbac_authorization"}
	_deny([_kv({"rbac_authorization_enabled": false})]) == {"azurerm_key_vault.kv:rbac_authorization_enabled"}
}

test_rbac_passes if {
	_deny([_kv({"enable_rbac_authorization": true})]) == set()
	_deny([_kv({"rbac_authorization_enabled": true})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_kv({"rbac_authorization_enabled": t.unknown("var.rbac")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_key_vault.kv:rbac_authorization_enabled"}
}

_arm(api, props) := t.arm_resource("Microsoft.KeyVault/vaults", "kv", {"apiVersion": api, "properties": props})

test_arm_access_policies if {
	_deny([_arm("2023-07-01", {})]) == {"Microsoft.KeyVault/vaults/kv:properties.enableRbacAuthorization"}
	_deny([_arm("2026-02-01", {"EnableRbacAuthorization": false})]) == {"Microsoft.KeyVault/vaults/kv:properties.EnableRbacAuthorization"}
}

test_arm_rbac_passes if {
	_deny([_arm("2023-07-01", {"enableRbacAuthorization": true})]) == set()

	# the default is RBAC from apiVersion 2026-02-01
	_deny([_arm("2026-02-01", {})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm("2023-07-01", {"enableRbacAuthorization": t.unknown("parameters('rbac')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.KeyVault/vaults/kv:properties.enableRbacAuthorization"}
}
