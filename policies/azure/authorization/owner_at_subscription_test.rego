package azure.authorization.owner_at_subscription_test

import data.azure.authorization.owner_at_subscription as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_ra(name, attrs) := t.resource("azurerm_role_assignment", name, object.union({"principal_id": "00000000-0000-0000-0000-00000000000a"}, attrs))

_sub := "/subscriptions/00000000-0000-0000-0000-000000000001"

_owner_id := "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635"

test_owner_at_broad_scope if {
	_deny([
		_ra("a", {"scope": _sub, "role_definition_name": "Owner"}),
		_ra("b", {"scope": "/providers/Microsoft.Management/managementGroups/corp", "role_definition_id": _owner_id}),
		_ra("c", {"scope": "/subscriptions/00000000-0000-0000-0000-000000000001/", "role_definition_name": "owner"}),
	]) == {"azurerm_role_assignment.a:scope", "azurerm_role_assignment.b:scope", "azurerm_role_assignment.c:scope"}
}

test_narrow_or_other_roles_pass if {
	_deny([
		_ra("a", {"scope": concat("", [_sub, "/resourceGroups/app"]), "role_definition_name": "Owner"}),
		_ra("b", {"scope": _sub, "role_definition_name": "Reader"}),
		_ra("c", {"scope": _sub, "role_definition_id": "/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c"}),
	]) == set()
}

test_unknown_is_inconclusive if {
	scope := [_ra("a", {"scope": t.unknown("data.azurerm_subscription.current.id"), "role_definition_name": "Owner"})]
	_deny(scope) == set()
	_deny_pessimistic(scope) == {"azurerm_role_assignment.a:scope"}
	role := [_ra("b", {"scope": _sub, "role_definition_name": t.unknown("var.role")})]
	_deny(role) == set()
	_deny_pessimistic(role) == {"azurerm_role_assignment.b:scope"}

	# a known narrow scope needs no role to decide
	_deny_pessimistic([_ra("c", {"scope": concat("", [_sub, "/resourceGroups/app"]), "role_definition_name": t.unknown("var.role")})]) == set()
}

_arm(name, attrs) := t.arm_resource("Microsoft.Authorization/roleAssignments", name, object.union({"apiVersion": "2022-04-01"}, attrs))

test_arm if {
	_deny([
		_arm("a", {"scope": _sub, "properties": {"roleDefinitionId": _owner_id, "principalId": "x"}}),
		_arm("b", {"Scope": "/providers/Microsoft.Management/managementGroups/corp", "properties": {"RoleDefinitionId": _owner_id}}),
		_arm("c", {"properties": {"roleDefinitionId": _owner_id}}),
		_arm("d", {"scope": concat("", [_sub, "/resourceGroups/app"]), "properties": {"roleDefinitionId": _owner_id}}),
		_arm("e", {"scope": _sub, "properties": {"roleDefinitionId": "acdd72a7-3385-48ef-bd42-f606fba81ae7"}}),
	]) == {"Microsoft.Authorization/roleAssignments/a:scope", "Microsoft.Authorization/roleAssignments/b:Scope"}
	rs := [_arm("f", {"scope": _sub, "properties": {"roleDefinitionId": t.unknown("parameters('role')")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Authorization/roleAssignments/f:scope"}
}
