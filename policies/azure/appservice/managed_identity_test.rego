package azure.appservice.managed_identity_test

import data.azure.appservice.managed_identity as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_no_identity if {
	_deny([
		t.resource("azurerm_linux_web_app", "a", {"site_config": [{}]}),
		t.resource("azurerm_function_app", "b", {"identity": null}),
		t.resource("azurerm_windows_web_app", "c", {"identity": [{"type": "SystemAssigned"}]}),
		t.resource("azurerm_linux_function_app", "d", {"identity": [{"type": "UserAssigned", "identity_ids": ["x"]}]}),
		# slots are not judged
		t.resource("azurerm_linux_web_app_slot", "e", {}),
	]) == {"azurerm_linux_web_app.a:identity", "azurerm_function_app.b:identity"}
}

test_fix_adds_identity if {
	some v in rule.deny with input as t.input_of([t.resource("azurerm_linux_web_app", "a", {})])
	v.fix.actions == [{"op": "add_block", "path": ["identity"], "value": {"type": "SystemAssigned"}}]
}

test_unknown_identity_is_inconclusive if {
	rs := [t.resource("azurerm_linux_web_app", "a", t.unknown("module.app"))]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_linux_web_app.a:identity"}
}

test_unknown_dynamic_identity_is_inconclusive if {
	rs := [t.resource("azurerm_linux_web_app", "a", {"identity": t.unknown("var.identity")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_linux_web_app.a:identity"}
}

test_arm if {
	_deny([
		t.arm_resource("Microsoft.Web/sites", "a", {"properties": {}}),
		t.arm_resource("Microsoft.Web/sites", "b", {"identity": {"type": "None"}, "properties": {}}),
		t.arm_resource("Microsoft.Web/sites", "c", {"Identity": {"Type": "SystemAssigned"}, "properties": {}}),
		t.arm_resource("Microsoft.Web/sites", "d", {"identity": {"type": "SystemAssigned, UserAssigned"}, "properties": {}}),
		t.arm_resource("Microsoft.Web/sites/slots", "c/staging", {"properties": {}}),
	]) == {"Microsoft.Web/sites/a:identity.type", "Microsoft.Web/sites/b:identity.type"}
}

test_arm_unknown_is_inconclusive if {
	rs := [t.arm_resource("Microsoft.Web/sites", "a", {"identity": {"type": t.unknown("parameters('identityType')")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Web/sites/a:identity.type"}
}
