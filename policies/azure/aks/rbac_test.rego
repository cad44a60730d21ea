package azure.aks.rbac_test

import data.azure.aks.rbac as rule
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

test_disabled if {
	_deny([
		_aks("a", {"role_based_access_control_enabled": false}),
		_aks("b", {"role_based_access_control": [{"enabled": false}]}),
	]) == {"azurerm_kubernetes_cluster.a:role_based_access_control_enabled", "azurerm_kubernetes_cluster.b:role_based_access_control.0.enabled"}
}

test_default_and_enabled_pass if {
	_deny([
		_aks("a", {}),
		_aks("b", {"role_based_access_control_enabled": true}),
		_aks("c", {"role_based_access_control": [{"enabled": true}]}),
	]) == set()
}

test_fix_replaces if {
	f := _fix([_aks("a", {"role_based_access_control_enabled": false})])
	f.replaces == true
	f.actions == [{"op": "set", "path": ["role_based_access_control_enabled"], "value": true}]
}

test_unknown_is_inconclusive if {
	rs := [_aks("a", {"role_based_access_control_enabled": t.unknown("var.rbac")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_kubernetes_cluster.a:role_based_access_control_enabled"}
}

test_arm if {
	_deny([_arm("a", {"enableRBAC": false}), _arm("b", {"EnableRBAC": true}), _arm("c", {})]) == {"Microsoft.ContainerService/managedClusters/a:properties.enableRBAC"}
	rs := [_arm("d", {"enableRBAC": t.unknown("parameters('rbac')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.ContainerService/managedClusters/d:properties.enableRBAC"}
}
