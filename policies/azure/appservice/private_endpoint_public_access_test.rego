package azure.appservice.private_endpoint_public_access_test

import data.azure.appservice.private_endpoint_public_access as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_app(name, attrs) := t.resource("azurerm_linux_web_app", name, object.union({"site_config": [{}]}, attrs))

_pe(name, app, subresources) := t.refs(
	t.resource("azurerm_private_endpoint", name, {"private_service_connection": [{
		"name": "sites",
		"private_connection_resource_id": t.unknown(sprintf("azurerm_linux_web_app.%s.id", [app])),
		"subresource_names": subresources,
	}]}),
	[sprintf("azurerm_linux_web_app.%s", [app])],
)

test_private_endpoint_with_public_access if {
	_deny([_app("a", {}), _pe("a", "a", ["sites"])]) == {"azurerm_linux_web_app.a:public_network_access_enabled"}
	_deny([_app("b", {"public_network_access_enabled": true}), _pe("b", "b", ["sites"])]) == {"azurerm_linux_web_app.b:public_network_access_enabled"}
}

test_passes if {
	# public access off
	_deny([_app("a", {"public_network_access_enabled": false}), _pe("a", "a", ["sites"])]) == set()

	# no private endpoint: a public app is not judged
	_deny([_app("b", {})]) == set()

	# an endpoint to a deployment slot
	_deny([_app("c", {}), _pe("c", "c", ["sites-staging"])]) == set()
}

test_fix_and_related if {
	some v in rule.deny with input as t.input_of([_app("a", {}), _pe("a", "a", ["sites"])])
	v.fix.actions == [{"op": "set", "path": ["public_network_access_enabled"], "value": false}]
	v.related == {"azurerm_private_endpoint.a"}
}

test_unknown_is_inconclusive if {
	rs := [_app("a", {"public_network_access_enabled": t.unknown("var.public")}), _pe("a", "a", ["sites"])]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_linux_web_app.a:public_network_access_enabled"}
	maybe := [_app("b", {}), t.may_not_exist(_pe("b", "b", ["sites"]))]
	_deny(maybe) == set()
	_deny_pessimistic(maybe) == {"azurerm_linux_web_app.b:public_network_access_enabled"}
	names := [_app("c", {}), _pe("c", "c", t.unknown("var.subresources"))]
	_deny(names) == set()
	_deny_pessimistic(names) == {"azurerm_linux_web_app.c:public_network_access_enabled"}
}

_site(name, props) := t.arm_resource("Microsoft.Web/sites", name, {"apiVersion": "2022-09-01", "properties": props})

_arm_pe(name, site, groups) := t.refs(
	t.arm_resource("Microsoft.Network/privateEndpoints", name, {"properties": {"privateLinkServiceConnections": [{
		"name": "sites",
		"properties": {"privateLinkServiceId": sprintf("/subscriptions/x/resourceGroups/rg/providers/Microsoft.Web/sites/%s", [site]), "groupIds": groups},
	}]}}),
	[sprintf("Microsoft.Web/sites/%s", [site])],
)

test_arm if {
	_deny([_site("a", {"publicNetworkAccess": "Enabled"}), _arm_pe("a-pe", "a", ["sites"])]) == {"Microsoft.Web/sites/a:properties.publicNetworkAccess"}
	_deny([_site("b", {"PublicNetworkAccess": "Disabled"}), _arm_pe("b-pe", "b", ["sites"])]) == set()
	_deny([_site("c", {}), _arm_pe("c-pe", "c", ["sites"])]) == set()
	_deny([_site("d", {"publicNetworkAccess": "Enabled"})]) == set()
	rs := [_site("e", {"publicNetworkAccess": t.unknown("parameters('access')")}), _arm_pe("e-pe", "e", ["sites"])]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Web/sites/e:properties.publicNetworkAccess"}
}
