package azure.aks.network_policy_test

import data.azure.aks.network_policy as rule
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

test_no_policy if {
	_deny([
		_aks("a", {}),
		_aks("b", {"network_profile": [{"network_plugin": "azure"}]}),
		_aks("c", {"network_profile": [{"network_plugin": "kubenet", "network_policy": "calico"}]}),
		_aks("d", {"network_profile": [{"network_plugin": "azure", "network_policy": "cilium", "network_data_plane": "cilium"}]}),
	]) == {"azurerm_kubernetes_cluster.a:network_profile", "azurerm_kubernetes_cluster.b:network_profile.0.network_policy"}
}

test_fixes if {
	f := _fix([_aks("b", {"network_profile": [{"network_plugin": "azure"}]})])
	f.replaces == true
	f.actions == [{"op": "set", "path": ["network_profile", 0, "network_policy"], "value": "calico"}]
	g := _fix([_aks("a", {})])
	g.template == true
	g.actions[0].path == ["network_profile", 0, "network_policy"]
	some v in rule.deny with input as t.input_of([_aks("c", {"network_profile": [{"network_plugin": "none"}]})])
	not v.fix
}

test_cilium_data_plane_passes if {
	_deny([
		_aks("a", {"network_profile": [{"network_plugin": "azure", "network_data_plane": "cilium"}]}),
		_aks("b", {"network_profile": [{"network_plugin": "azure", "ebpf_data_plane": "cilium"}]}),
		_arm("c", {"networkProfile": {"networkPlugin": "azure", "networkDataplane": "cilium"}}),
	]) == set()
	rs := [_aks("d", {"network_profile": [{"network_plugin": "azure", "network_data_plane": t.unknown("var.data_plane")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_kubernetes_cluster.d:network_profile.0.network_policy"}
}

test_unknown_is_inconclusive if {
	rs := [_aks("a", {"network_profile": [{"network_plugin": "azure", "network_policy": t.unknown("var.policy")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_kubernetes_cluster.a:network_profile.0.network_policy"}
}

test_arm if {
	_deny([
		_arm("a", {}),
		_arm("b", {"networkProfile": {"networkPlugin": "azure", "networkPolicy": "none"}}),
		_arm("c", {"NetworkProfile": {"NetworkPolicy": "azure"}}),
	]) == {
		"Microsoft.ContainerService/managedClusters/a:properties.networkProfile.networkPolicy",
		"Microsoft.ContainerService/managedClusters/b:properties.networkProfile.networkPolicy",
	}
	rs := [_arm("d", {"networkProfile": {"networkPolicy": t.unknown("parameters('policy')")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.ContainerService/managedClusters/d:properties.networkProfile.networkPolicy"}
}
