package azure.storage.default_network_deny_test

import data.azure.storage.default_network_deny as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_sa(attrs) := t.resource("azurerm_storage_account", "sa", attrs)

test_allow_by_default if {
	_deny([_sa({})]) == {"azurerm_storage_account.sa:"}
	_deny([_sa({"network_rules": [{"default_action": "Allow"}]})]) == {"azurerm_storage_account.sa:network_rules.0.default_action"}
}

test_deny_and_private_pass if {
	_deny([_sa({"network_rules": [{"default_action": "Deny", "ip_rules": ["203.0.113.0/24"]}]})]) == set()
	_deny([_sa({"public_network_access_enabled": false})]) == set()
}

test_standalone_rules if {
	rules := t.refs(t.resource("azurerm_storage_account_network_rules", "r", {"default_action": "Deny"}), ["azurerm_storage_account.sa"])
	_deny([_sa({}), rules]) == set()
	open := t.refs(t.resource("azurerm_storage_account_network_rules", "r", {"default_action": "Allow"}), ["azurerm_storage_account.sa"])
	_deny([_sa({}), open]) == {"azurerm_storage_account_network_rules.r:default_action"}
	_deny([_sa({"public_network_access_enabled": false}), open]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_sa({"network_rules": [{"default_action": t.unknown("var.action")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_storage_account.sa:network_rules.0.default_action"}

	private := [_sa({"public_network_access_enabled": t.unknown("var.public")})]
	_deny(private) == set()
	_deny_pessimistic(private) == {"azurerm_storage_account.sa:"}

	# a standalone rules resource whose account is unknown may be this one's
	floating := t.resource("azurerm_storage_account_network_rules", "r", {"storage_account_id": t.unknown("var.account_id"), "default_action": "Deny"})
	_deny([_sa({}), floating]) == set()
	_deny_pessimistic([_sa({}), floating]) == {"azurerm_storage_account.sa:"}
}

_arm(props) := t.arm_resource("Microsoft.Storage/storageAccounts", "st", {"apiVersion": "2023-05-01", "properties": props})

test_arm_allow if {
	_deny([_arm({})]) == {"Microsoft.Storage/storageAccounts/st:"}
	_deny([_arm({"networkAcls": {"bypass": "AzureServices"}})]) == {"Microsoft.Storage/storageAccounts/st:properties.networkAcls"}
	_deny([_arm({"NetworkAcls": {"DefaultAction": "allow"}})]) == {"Microsoft.Storage/storageAccounts/st:properties.NetworkAcls.DefaultAction"}
}

test_arm_deny_and_private_pass if {
	_deny([_arm({"networkAcls": {"defaultAction": "Deny"}})]) == set()
	_deny([_arm({"publicNetworkAccess": "Disabled"})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm({"networkAcls": {"defaultAction": t.unknown("parameters('action')")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Storage/storageAccounts/st:properties.networkAcls.defaultAction"}
}
