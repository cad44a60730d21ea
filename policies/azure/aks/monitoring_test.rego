package azure.aks.monitoring_test

import data.azure.aks.monitoring as rule
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

test_no_agent if {
	_deny([
		_aks("a", {}),
		_aks("b", {"addon_profile": [{"oms_agent": [{"enabled": false}]}]}),
		_aks("c", {"oms_agent": [{"log_analytics_workspace_id": "x"}]}),
		_aks("d", {"addon_profile": [{"oms_agent": [{"enabled": true, "log_analytics_workspace_id": "x"}]}]}),
	]) == {"azurerm_kubernetes_cluster.a:oms_agent", "azurerm_kubernetes_cluster.b:oms_agent"}
}

test_fix_is_a_template if {
	f := _fix([_aks("a", {})])
	f.template == true
	f.actions == [{"op": "add_block", "path": ["oms_agent"], "value": {"log_analytics_workspace_id": "<Log Analytics workspace ID>"}}]
}

test_unknown_is_inconclusive if {
	rs := [_aks("a", {"oms_agent": t.unknown("var.workspace_id == null ? [] : [1]")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_kubernetes_cluster.a:oms_agent"}
	v2 := [_aks("b", {"addon_profile": [{"oms_agent": [{"enabled": t.unknown("var.monitoring")}]}]})]
	_deny(v2) == set()
	_deny_pessimistic(v2) == {"azurerm_kubernetes_cluster.b:oms_agent"}
}

test_arm if {
	_deny([
		_arm("a", {}),
		_arm("b", {"addonProfiles": {"omsagent": {"enabled": false}}}),
		_arm("c", {"AddonProfiles": {"omsAgent": {"Enabled": true, "config": {"logAnalyticsWorkspaceResourceID": "x"}}}}),
	]) == {
		"Microsoft.ContainerService/managedClusters/a:properties.addonProfiles.omsagent",
		"Microsoft.ContainerService/managedClusters/b:properties.addonProfiles.omsagent",
	}
	rs := [_arm("d", {"addonProfiles": {"omsagent": {"enabled": t.unknown("parameters('monitoring')")}}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.ContainerService/managedClusters/d:properties.addonProfiles.omsagent"}
}
