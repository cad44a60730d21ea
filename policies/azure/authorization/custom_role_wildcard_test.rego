package azure.authorization.custom_role_wildcard_test

import data.azure.authorization.custom_role_wildcard as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_sub := "/subscriptions/00000000-0000-0000-0000-000000000001"

_rg := "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/app"

_role(name, attrs) := t.resource("azurerm_role_definition", name, object.union({"name": name}, attrs))

test_wildcard_at_broad_scope if {
	_deny([
		_role("a", {"scope": _sub, "permissions": [{"actions": ["*"]}]}),
		_role("b", {"scope": _rg, "assignable_scopes": [_rg, "/providers/Microsoft.Management/managementGroups/corp"], "permissions": [{"actions": ["Microsoft.Compute/*/read"]}, {"actions": ["*"], "not_actions": ["Microsoft.Authorization/*"]}]}),
	]) == {"azurerm_role_definition.a:permissions.0.actions", "azurerm_role_definition.b:permissions.1.actions"}
}

test_narrow_roles_pass if {
	_deny([
		_role("a", {"scope": _rg, "permissions": [{"actions": ["*"]}]}),
		_role("b", {"scope": _sub, "assignable_scopes": [_rg], "permissions": [{"actions": ["*"]}]}),
		_role("c", {"scope": _sub, "permissions": [{"actions": ["Microsoft.Compute/virtualMachines/start/action"]}]}),
		_role("d", {"scope": _sub, "permissions": [{"data_actions": ["*"]}]}),
	]) == set()
}

test_unknown_is_inconclusive if {
	scope := [_role("a", {"scope": t.unknown("data.azurerm_subscription.primary.id"), "permissions": [{"actions": ["*"]}]})]
	_deny(scope) == set()
	_deny_pessimistic(scope) == {"azurerm_role_definition.a:permissions.0.actions"}
	actions := [_role("b", {"scope": _sub, "permissions": [{"actions": t.unknown("var.actions")}]})]
	_deny(actions) == set()
	_deny_pessimistic(actions) == {"azurerm_role_definition.b:permissions.0.actions"}
}

_arm(name, props) := t.arm_resource("Microsoft.Authorization/roleDefinitions", name, {"apiVersion": "2022-04-01", "properties": props})

test_arm if {
	_deny([
		_arm("a", {"roleName": "ops", "permissions": [{"actions": ["*"], "notActions": []}], "assignableScopes": [_sub]}),
		_arm("b", {"Permissions": [{"Actions": ["*"]}], "AssignableScopes": [_rg]}),
		_arm("c", {"permissions": [{"actions": ["Microsoft.Storage/*/read"]}], "assignableScopes": [_sub]}),
	]) == {"Microsoft.Authorization/roleDefinitions/a:properties.permissions.0.actions"}
	rs := [_arm("d", {"permissions": [{"actions": ["*"]}], "assignableScopes": t.unknown("parameters('scopes')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Authorization/roleDefinitions/d:properties.permissions.0.actions"}
}
