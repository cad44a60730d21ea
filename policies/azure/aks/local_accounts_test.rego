package azure.aks.local_accounts_test

import data.azure.aks.local_accounts as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_aks(name, attrs) := t.resource("azurerm_kubernetes_cluster", name, attrs)

_arm(name, props) := t.arm_resource("Microsoft.ContainerService/managedClusters", name, {"apiVersion": "2024-02-01", "properties": props})

_fix(rs) := v.fix if {
	some v in rule.deny with input as t.input_of(rs)
}

_aad := [{"azure_rbac_enabled": true, "admin_group_object_ids": ["00000000-0000-0000-0000-000000000001"]}]

test_local_accounts_allowed if {
	_deny([
		_aks("a", {}),
		_aks("b", {"local_account_disabled": false}),
		_aks("c", {"local_account_disabled": true, "azure_active_directory_role_based_access_control": _aad}),
	]) == {"azurerm_kubernetes_cluster.a:local_account_disabled", "azurerm_kubernetes_cluster.b:local_account_disabled"}
}

test_fix_only_with_entra_id if {
	f := _fix([_aks("a", {"azure_active_directory_role_based_access_control": _aad})])
	f.actions == [{"op": "set", "path": ["local_account_disabled"], "value": true}]
	some v in rule.deny with input as t.input_of([_aks("b", {})])
	not v.fix
}

test_unknown_is_inconclusive if {
	rs := [_aks("a", {"local_account_disabled": t.unknown("var.disable_local")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_kubernetes_cluster.a:local_account_disabled"}
}

test_arm if {
	_deny([
		_arm("a", {}),
		_arm("b", {"disableLocalAccounts": false, "aadProfile": {"managed": true}}),
		_arm("c", {"DisableLocalAccounts": true, "aadProfile": {"managed": true}}),
	]) == {"Microsoft.ContainerService/managedClusters/a:properties.disableLocalAccounts", "Microsoft.ContainerService/managedClusters/b:properties.disableLocalAccounts"}
	f := _fix([_arm("b", {"disableLocalAccounts": false, "aadProfile": {"managed": true}})])
	f.actions == [{"op": "set", "path": ["properties", "disableLocalAccounts"], "value": true}]
	rs := [_arm("d", {"disableLocalAccounts": t.unknown("parameters('disableLocal')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.ContainerService/managedClusters/d:properties.disableLocalAccounts"}
}
