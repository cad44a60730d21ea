package azure.appservice.min_tls_test

import data.azure.appservice.min_tls as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_old_tls if {
	_deny([t.resource("azurerm_linux_web_app", "web", {"site_config": [{"minimum_tls_version": "1.0"}]})]) == {"azurerm_linux_web_app.web:site_config.0.minimum_tls_version"}
	_deny([t.resource("azurerm_windows_function_app", "fn", {"site_config": [{"minimum_tls_version": "1.1"}]})]) == {"azurerm_windows_function_app.fn:site_config.0.minimum_tls_version"}
	_deny([t.resource("azurerm_app_service", "old", {"site_config": [{"min_tls_version": "1.0"}]})]) == {"azurerm_app_service.old:site_config.0.min_tls_version"}
}

test_default_and_modern_pass if {
	_deny([
		t.resource("azurerm_linux_web_app", "a", {"site_config": [{}]}),
		t.resource("azurerm_linux_web_app", "b", {"site_config": [{"minimum_tls_version": "1.2"}]}),
		t.resource("azurerm_windows_web_app", "c", {"site_config": [{"minimum_tls_version": "1.3"}]}),
		t.resource("azurerm_app_service", "d", {}),
		# azurerm_app_service names it min_tls_version: another key is ignored
		t.resource("azurerm_app_service", "e", {"site_config": [{"minimum_tls_version": "1.0"}]}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_linux_web_app", "web", {"site_config": [{"minimum_tls_version": t.unknown("var.tls")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_linux_web_app.web:site_config.0.minimum_tls_version"}
}

_site(properties) := _site_named("web", properties)

_site_named(name, properties) := t.arm_resource("Microsoft.Web/sites", name, {"apiVersion": "2022-09-01", "properties": properties})

_config(properties) := _config_of("web", properties)

_config_of(site, properties) := t.arm_resource("Microsoft.Web/sites/config", sprintf("%s/web", [site]), {"apiVersion": "2022-09-01", "properties": properties})

test_arm_old_tls if {
	_deny([_site({"siteConfig": {"minTlsVersion": "1.0"}})]) == {"Microsoft.Web/sites/web:properties.siteConfig.minTlsVersion"}
	_deny([_config({"minTlsVersion": "1.1"})]) == {"Microsoft.Web/sites/config/web/web:properties.minTlsVersion"}
}

test_arm_default_and_modern_pass if {
	_deny([
		_site_named("a", {}),
		_site_named("b", {"siteConfig": {"minTlsVersion": "1.2"}}),
		_config_of("c", {"minTlsVersion": "1.3"}),
		_config_of("d", {"ftpsState": "Disabled"}),
	]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_site({"siteConfig": {"minTlsVersion": t.unknown("parameters('minTls')")}}), _config(t.unknown("parameters('config')"))]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Web/sites/web:properties.siteConfig.minTlsVersion", "Microsoft.Web/sites/config/web/web:properties.minTlsVersion"}
}

test_slots if {
	_deny([t.resource("azurerm_linux_web_app_slot", "staging", {"site_config": [{"minimum_tls_version": "1.1"}]})]) == {"azurerm_linux_web_app_slot.staging:site_config.0.minimum_tls_version"}
	slot := t.arm_resource("Microsoft.Web/sites/slots", "web/staging", {"properties": {"siteConfig": {"minTlsVersion": "1.0"}}})
	config := t.arm_resource("Microsoft.Web/sites/slots/config", "web/staging/web", {"properties": {"minTlsVersion": "1.1"}})
	_deny([slot, config]) == {
		"Microsoft.Web/sites/slots/web/staging:properties.siteConfig.minTlsVersion",
		"Microsoft.Web/sites/slots/config/web/staging/web:properties.minTlsVersion",
	}
}

test_arm_other_configs_are_not_site_settings if {
	settings := t.arm_resource("Microsoft.Web/sites/config", "web/appsettings", {"properties": {"minTlsVersion": "1.0"}})
	_deny([settings]) == set()
}
