package azure.keyvault.network_acl_deny_test

import data.azure.keyvault.network_acl_deny as rule
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

test_allow_by_default if {
	_deny([_kv({})]) == {"azurerm_key_vault.kv:"}
	_deny([_kv({"network_acls": [{"default_action": "Allow", "bypass": "AzureServices"}]})]) == {"azurerm_key_vault.kv:network_acls.0.default_action"}
}

test_deny_and_private_pass if {
	_deny([_kv({"network_acls": [{"default_action": "Deny", "bypass": "AzureServices"}]})]) == set()
	_deny([_kv({"public_network_access_enabled": false})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_kv({"network_acls": [{"default_action": t.unknown("var.action"), "bypass": "None"}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_key_vault.kv:network_acls.0.default_action"}
}

_arm(props) := t.arm_resource("Microsoft.KeyVault/vaults", "kv", {"apiVersion": "2023-07-01", "properties": props})

test_arm_allow if {
	_deny([_arm({})]) == {"Microsoft.KeyVault/vaults/kv:"}
	_deny([_arm({"networkAcls": {"bypass": "AzureServices"}})]) == {"Microsoft.KeyVault/vaults/kv:properties.networkAcls"}
	_deny([_arm({"networkAcls": {"defaultAction": "allow"}})]) == {"Microsoft.KeyVault/vaults/kv:properties.networkAcls.defaultAction"}
}

test_arm_deny_and_private_pass if {
	_deny([_arm({"networkAcls": {"defaultAction": "Deny"}})]) == set()
	_deny([_arm({"publicNetworkAccess": "Disabled"})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm({"networkAcls": {"defaultAction": t.unknown("parameters('action')")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.KeyVault/vaults/kv:properties.networkAcls.defaultAction"}
}
