package azure.acr.admin_user_test

import data.azure.acr.admin_user as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_acr(name, attrs) := t.resource("azurerm_container_registry", name, object.union({"sku": "Premium"}, attrs))

_arm(name, props) := t.arm_resource("Microsoft.ContainerRegistry/registries", name, {"apiVersion": "2023-07-01", "sku": {"name": "Premium"}, "properties": props})

test_enabled if {
	_deny([_acr("a", {"admin_enabled": true}), _acr("b", {"admin_enabled": "true"})]) == {"azurerm_container_registry.a:admin_enabled", "azurerm_container_registry.b:admin_enabled"}
}

test_default_and_disabled_pass if {
	_deny([_acr("a", {}), _acr("b", {"admin_enabled": false})]) == set()
}

test_fix if {
	some v in rule.deny with input as t.input_of([_acr("a", {"admin_enabled": true})])
	v.fix.actions == [{"op": "set", "path": ["admin_enabled"], "value": false}]
}

test_unknown_is_inconclusive if {
	rs := [_acr("a", {"admin_enabled": t.unknown("var.x")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_container_registry.a:admin_enabled"}
}

test_arm if {
	_deny([
		_arm("a", {"adminUserEnabled": true}),
		_arm("b", {"adminUserEnabled": false}),
		_arm("c", {}),
		t.arm_resource("microsoft.containerregistry/registries", "d", {"Properties": {"AdminUserEnabled": true}}),
	]) == {"Microsoft.ContainerRegistry/registries/a:properties.adminUserEnabled", "microsoft.containerregistry/registries/d:properties.adminUserEnabled"}
	rs := [_arm("e", {"adminUserEnabled": t.unknown("parameters('x')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.ContainerRegistry/registries/e:properties.adminUserEnabled"}
}
