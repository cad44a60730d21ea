package azure.appservice.remote_debugging_test

import data.azure.appservice.remote_debugging as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_enabled if {
	_deny([
		t.resource("azurerm_linux_web_app", "a", {"site_config": [{"remote_debugging_enabled": true, "remote_debugging_version": "VS2022"}]}),
		t.resource("azurerm_app_service", "b", {"site_config": [{"remote_debugging_enabled": "true"}]}),
		t.resource("azurerm_windows_function_app_slot", "c", {"site_config": [{"remote_debugging_enabled": true}]}),
	]) == {
		"azurerm_linux_web_app.a:site_config.0.remote_debugging_enabled",
		"azurerm_app_service.b:site_config.0.remote_debugging_enabled",
		"azurerm_windows_function_app_slot.c:site_config.0.remote_debugging_enabled",
	}
}

test_default_and_disabled_pass if {
	_deny([
		t.resource("azurerm_linux_web_app", "a", {"site_config": [{}]}),
		t.resource("azurerm_windows_web_app", "b", {"site_config": [{"remote_debugging_enabled": false}]}),
		t.resource("azurerm_function_app", "c", {}),
	]) == set()
}

test_fix if {
	some v in rule.deny with input as t.input_of([t.resource("azurerm_linux_web_app", "a", {"site_config": [{"remote_debugging_enabled": true}]})])
	v.fix.actions == [{"op": "set", "path": ["site_config", 0, "remote_debugging_enabled"], "value": false}]
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_linux_web_app", "a", {"site_config": [{"remote_debugging_enabled": t.unknown("var.debug")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_linux_web_app.a:site_config.0.remote_debugging_enabled"}
}

test_arm if {
	_deny([
		t.arm_resource("Microsoft.Web/sites", "a", {"properties": {"siteConfig": {"RemoteDebuggingEnabled": true}}}),
		t.arm_resource("Microsoft.Web/sites/slots", "a/staging", {"properties": {"siteConfig": {"remoteDebuggingEnabled": true}}}),
		t.arm_resource("Microsoft.Web/sites/config", "b/web", {"properties": {"remoteDebuggingEnabled": true}}),
		t.arm_resource("Microsoft.Web/sites/config", "b/appsettings", {"properties": {"remoteDebuggingEnabled": true}}),
		t.arm_resource("Microsoft.Web/sites", "c", {"properties": {"siteConfig": {"remoteDebuggingEnabled": false}}}),
		t.arm_resource("Microsoft.Web/sites", "d", {"properties": {}}),
	]) == {
		"Microsoft.Web/sites/a:properties.siteConfig.remoteDebuggingEnabled",
		"Microsoft.Web/sites/slots/a/staging:properties.siteConfig.remoteDebuggingEnabled",
		"Microsoft.Web/sites/config/b/web:properties.remoteDebuggingEnabled",
	}
}

test_arm_unknown_is_inconclusive if {
	rs := [t.arm_resource("Microsoft.Web/sites/config", "b/web", {"properties": {"remoteDebuggingEnabled": t.unknown("parameters('debug')")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Web/sites/config/b/web:properties.remoteDebuggingEnabled"}
}
