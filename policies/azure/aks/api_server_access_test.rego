package azure.aks.api_server_access_test

import data.azure.aks.api_server_access as rule
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

test_open_api_server if {
	_deny([
		_aks("a", {}),
		_aks("b", {"api_server_access_profile": [{"authorized_ip_ranges": ["0.0.0.0/0"]}]}),
		_aks("c", {"api_server_authorized_ip_ranges": []}),
		_aks("d", {"private_cluster_enabled": false, "api_server_access_profile": [{"vnet_integration_enabled": true}]}),
	]) == {
		"azurerm_kubernetes_cluster.a:api_server_access_profile",
		"azurerm_kubernetes_cluster.b:api_server_access_profile.0.authorized_ip_ranges",
		"azurerm_kubernetes_cluster.c:api_server_authorized_ip_ranges",
		"azurerm_kubernetes_cluster.d:api_server_access_profile.0.authorized_ip_ranges",
	}
}

test_restricted_or_private_pass if {
	_deny([
		_aks("a", {"private_cluster_enabled": true}),
		_aks("v2", {"private_link_enabled": true}),
		_aks("b", {"api_server_access_profile": [{"authorized_ip_ranges": ["203.0.113.0/24"]}]}),
		_aks("c", {"api_server_authorized_ip_ranges": ["198.51.100.10/32"]}),
	]) == set()
}

test_fix_is_a_template if {
	f := _fix([_aks("a", {})])
	f.template == true
}

test_unknown_is_inconclusive if {
	ranges := [_aks("a", {"api_server_access_profile": [{"authorized_ip_ranges": t.unknown("var.admin_ranges")}]})]
	_deny(ranges) == set()
	_deny_pessimistic(ranges) == {"azurerm_kubernetes_cluster.a:api_server_access_profile.0.authorized_ip_ranges"}
	private := [_aks("b", {"private_cluster_enabled": t.unknown("var.private")})]
	_deny(private) == set()
	_deny_pessimistic(private) == {"azurerm_kubernetes_cluster.b:api_server_access_profile"}
}

test_arm if {
	_deny([
		_arm("a", {}),
		_arm("b", {"apiServerAccessProfile": {"authorizedIPRanges": ["0.0.0.0/0"]}}),
		_arm("c", {"apiServerAccessProfile": {"enablePrivateCluster": true}}),
		_arm("d", {"ApiServerAccessProfile": {"AuthorizedIPRanges": ["203.0.113.0/24"]}}),
	]) == {
		"Microsoft.ContainerService/managedClusters/a:properties.apiServerAccessProfile.authorizedIPRanges",
		"Microsoft.ContainerService/managedClusters/b:properties.apiServerAccessProfile.authorizedIPRanges",
	}
	rs := [_arm("e", {"apiServerAccessProfile": {"authorizedIPRanges": t.unknown("parameters('ranges')")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.ContainerService/managedClusters/e:properties.apiServerAccessProfile.authorizedIPRanges"}
}
