package azure.appservice.ftp_disabled_test

import data.azure.appservice.ftp_disabled as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_modern_all_allowed if {
	_deny([t.resource("azurerm_linux_web_app", "web", {"site_config": [{"ftps_state": "AllAllowed"}]})]) == {"azurerm_linux_web_app.web:site_config.0.ftps_state"}
	_deny([t.resource("azurerm_windows_function_app_slot", "fn", {"site_config": [{"ftps_state": "AllAllowed"}]})]) == {"azurerm_windows_function_app_slot.fn:site_config.0.ftps_state"}
}

test_modern_default_and_secure_pass if {
	_deny([
		t.resource("azurerm_linux_web_app", "a", {"site_config": [{}]}),
		t.resource("azurerm_windows_web_app", "b", {"site_config": [{"ftps_state": "FtpsOnly"}]}),
		t.resource("azurerm_linux_function_app", "c", {"site_config": [{"ftps_state": "Disabled"}]}),
	]) == set()
}

test_legacy_default_allows_ftp if {
	_deny([
		t.resource("azurerm_app_service", "a", {"site_config": [{}]}),
		t.resource("azurerm_function_app", "b", {}),
		t.resource("azurerm_app_service_slot", "c", {"site_config": [{"ftps_state": "AllAllowed"}]}),
		t.resource("azurerm_app_service", "d", {"site_config": [{"ftps_state": "Disabled"}]}),
	]) == {
		"azurerm_app_service.a:site_config.0.ftps_state",
		"azurerm_function_app.b:",
		"azurerm_app_service_slot.c:site_config.0.ftps_state",
	}
}

test_fixes if {
	some v in rule.deny with input as t.input_of([t.resource("azurerm_function_app", "b", {})])
	v.fix.actions == [{"op": "add_block", "path": ["site_config"], "value": {"ftps_state": "Disabled"}}]
	some w in rule.deny with input as t.input_of([t.resource("azurerm_linux_web_app", "w", {"site_config": [{"ftps_state": "AllAllowed"}]})])
	w.fix.actions == [{"op": "set", "path": ["site_config", 0, "ftps_state"], "value": "Disabled"}]
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_linux_web_app", "web", {"site_config": [{"ftps_state": t.unknown("var.ftps")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_linux_web_app.web:site_config.0.ftps_state"}
}

_site(name, properties) := t.arm_resource("Microsoft.Web/sites", name, {"apiVersion": "2022-09-01", "properties": properties})

_config(site, properties) := t.arm_resource("Microsoft.Web/sites/config", sprintf("%s/web", [site]), {"apiVersion": "2022-09-01", "properties": properties})

test_arm_sites if {
	_deny([
		_site("absent", {}),
		_site("all", {"siteConfig": {"ftpsState": "AllAllowed"}}),
		_site("off", {"siteConfig": {"FtpsState": "Disabled"}}),
		_site("ftps", {"siteConfig": {"ftpsState": "FtpsOnly"}}),
	]) == {
		"Microsoft.Web/sites/absent:properties.siteConfig.ftpsState",
		"Microsoft.Web/sites/all:properties.siteConfig.ftpsState",
	}
}

test_arm_flex_consumption_has_no_ftp if {
	_deny([_site("flex", {"functionAppConfig": {"runtime": {"name": "python", "version": "3.11"}}})]) == set()
}

test_arm_config_resources if {
	# the config resource sets it: the site is not reported, the config is judged
	_deny([_site("a", {}), _config("a", {"ftpsState": "Disabled"})]) == set()
	_deny([_site("B", {}), _config("b", {"ftpsState": "AllAllowed"})]) == {"Microsoft.Web/sites/config/b/web:properties.ftpsState"}

	# a config resource without ftpsState leaves the site's default
	_deny([_site("c", {}), _config("c", {"minTlsVersion": "1.2"})]) == {"Microsoft.Web/sites/c:properties.siteConfig.ftpsState"}

	# other configs are not site settings
	_deny([t.arm_resource("Microsoft.Web/sites/config", "d/appsettings", {"properties": {"ftpsState": "AllAllowed"}})]) == set()
}

test_arm_slots if {
	slot := t.arm_resource("Microsoft.Web/sites/slots", "web/staging", {"properties": {}})
	config := t.arm_resource("Microsoft.Web/sites/slots/config", "web/staging/web", {"properties": {"ftpsState": "FtpsOnly"}})
	_deny([slot, config]) == set()
	_deny([slot]) == {"Microsoft.Web/sites/slots/web/staging:properties.siteConfig.ftpsState"}
}

test_arm_unknown_is_inconclusive if {
	rs := [_site("a", {}), _config("a", {"ftpsState": t.unknown("parameters('ftps')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Web/sites/config/a/web:properties.ftpsState"}
	whole := [_site("b", {}), _config("b", t.unknown("parameters('config')"))]
	_deny(whole) == set()
	_deny_pessimistic(whole) == {"Microsoft.Web/sites/b:properties.siteConfig.ftpsState", "Microsoft.Web/sites/config/b/web:properties.ftpsState"}
}
