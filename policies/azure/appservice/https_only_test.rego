package azure.appservice.https_only_test

import data.azure.appservice.https_only as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_http_allowed if {
	_deny([t.resource("azurerm_linux_web_app", "web", {})]) == {"azurerm_linux_web_app.web:https_only"}
	_deny([t.resource("azurerm_windows_web_app", "web", {"https_only": false})]) == {"azurerm_windows_web_app.web:https_only"}
	_deny([t.resource("azurerm_app_service", "web", {})]) == {"azurerm_app_service.web:https_only"}
	_deny([t.resource("azurerm_linux_function_app", "fn", {})]) == {"azurerm_linux_function_app.fn:https_only"}
}

test_https_only_passes if {
	_deny([
		t.resource("azurerm_linux_web_app", "a", {"https_only": true}),
		t.resource("azurerm_windows_function_app", "b", {"https_only": true}),
		t.resource("azurerm_service_plan", "plan", {}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_linux_web_app", "web", {"https_only": t.unknown("var.https_only")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_linux_web_app.web:https_only"}
}

_site(properties) := t.arm_resource("Microsoft.Web/sites", "web", {"apiVersion": "2022-09-01", "kind": "app", "properties": properties})

test_arm_http_allowed if {
	_deny([_site({"serverFarmId": "plan"})]) == {"Microsoft.Web/sites/web:properties.httpsOnly"}
	_deny([_site({"httpsOnly": false})]) == {"Microsoft.Web/sites/web:properties.httpsOnly"}
}

test_arm_https_only_passes if {
	_deny([_site({"httpsOnly": true})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_site({"httpsOnly": t.unknown("parameters('httpsOnly')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Web/sites/web:properties.httpsOnly"}
}

test_slots if {
	_deny([t.resource("azurerm_linux_web_app_slot", "staging", {})]) == {"azurerm_linux_web_app_slot.staging:https_only"}
	_deny([t.resource("azurerm_windows_web_app_slot", "staging", {"https_only": true})]) == set()
	slot := t.arm_resource("Microsoft.Web/sites/slots", "web/staging", {"properties": {"httpsOnly": false}})
	_deny([slot]) == {"Microsoft.Web/sites/slots/web/staging:properties.httpsOnly"}
}

test_arm_existing_site_is_not_judged if {
	_deny([t.arm_resource("Microsoft.Web/sites", "shared", {"existing": true, "apiVersion": "2022-09-01"})]) == set()
}

test_arm_property_names_ignore_case if {
	_deny([_site({"HttpsOnly": true})]) == set()
	_deny([_site({"HTTPSONLY": false})]) == {"Microsoft.Web/sites/web:properties.httpsOnly"}
}
