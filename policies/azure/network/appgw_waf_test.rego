package azure.network.appgw_waf_test

import data.azure.network.appgw_waf as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_gw(name, attrs) := t.resource("azurerm_application_gateway", name, object.union({"sku": [{"name": "WAF_v2", "tier": "WAF_v2", "capacity": 2}]}, attrs))

test_standard_tier if {
	std := t.resource("azurerm_application_gateway", "std", {"sku": [{"name": "Standard_v2", "tier": "Standard_v2"}]})
	_deny([std]) == {"azurerm_application_gateway.std:sku.0.tier"}
}

test_inline_waf if {
	_deny([
		_gw("off", {"waf_configuration": [{"enabled": false, "firewall_mode": "Prevention"}]}),
		_gw("detect", {"waf_configuration": [{"enabled": true, "firewall_mode": "Detection"}]}),
		_gw("none", {}),
	]) == {
		"azurerm_application_gateway.off:waf_configuration.0.enabled",
		"azurerm_application_gateway.detect:waf_configuration.0.firewall_mode",
		"azurerm_application_gateway.none:",
	}
}

test_secure_gateways_pass if {
	_deny([
		_gw("prevent", {"waf_configuration": [{"enabled": true, "firewall_mode": "Prevention"}]}),
		_gw("policy", {"firewall_policy_id": t.unknown("azurerm_web_application_firewall_policy.p.id")}),
		# a WAF policy takes over from the inline configuration
		_gw("both", {"firewall_policy_id": "/subscriptions/x/wafpolicy", "waf_configuration": [{"enabled": true, "firewall_mode": "Detection"}]}),
	]) == set()
}

test_policies if {
	_deny([
		t.resource("azurerm_web_application_firewall_policy", "off", {"policy_settings": [{"enabled": false}]}),
		t.resource("azurerm_web_application_firewall_policy", "detect", {"policy_settings": [{"mode": "Detection"}]}),
		t.resource("azurerm_web_application_firewall_policy", "default", {"policy_settings": [{}]}),
		t.resource("azurerm_web_application_firewall_policy", "bare", {}),
		t.resource("azurerm_web_application_firewall_policy", "good", {"policy_settings": [{"enabled": true, "mode": "Prevention"}]}),
	]) == {
		"azurerm_web_application_firewall_policy.off:policy_settings.0.enabled",
		"azurerm_web_application_firewall_policy.detect:policy_settings.0.mode",
	}
}

test_unknown_is_inconclusive if {
	tier := [t.resource("azurerm_application_gateway", "gw", {"sku": [{"tier": t.unknown("var.tier")}], "waf_configuration": [{"enabled": true, "firewall_mode": "Prevention"}]})]
	_deny(tier) == set()
	_deny_pessimistic(tier) == {"azurerm_application_gateway.gw:sku.0.tier"}
	mode := [_gw("gw", {"waf_configuration": [{"enabled": true, "firewall_mode": t.unknown("var.mode")}]})]
	_deny(mode) == set()
	_deny_pessimistic(mode) == {"azurerm_application_gateway.gw:waf_configuration.0.firewall_mode"}
	p := [t.resource("azurerm_web_application_firewall_policy", "p", {"policy_settings": [{"mode": t.unknown("var.mode")}]})]
	_deny(p) == set()
	_deny_pessimistic(p) == {"azurerm_web_application_firewall_policy.p:policy_settings.0.mode"}
}

test_fix_prevention if {
	some v in rule.deny with input as t.input_of([_gw("gw", {"waf_configuration": [{"enabled": true, "firewall_mode": "Detection"}]})])
	v.fix.actions == [{"op": "set", "path": ["waf_configuration", 0, "firewall_mode"], "value": "Prevention"}]
}

_arm_gw(name, props) := t.arm_resource("Microsoft.Network/applicationGateways", name, {"apiVersion": "2023-09-01", "properties": object.union({"sku": {"name": "WAF_v2", "tier": "WAF_v2"}}, props)})

test_arm_gateways if {
	_deny([
		t.arm_resource("Microsoft.Network/applicationGateways", "std", {"properties": {"sku": {"name": "Standard_v2", "tier": "Standard_v2"}}}),
		_arm_gw("off", {"webApplicationFirewallConfiguration": {"enabled": false, "firewallMode": "Prevention"}}),
		_arm_gw("detect", {"WebApplicationFirewallConfiguration": {"Enabled": true, "FirewallMode": "detection"}}),
		_arm_gw("none", {}),
		_arm_gw("prevent", {"webApplicationFirewallConfiguration": {"enabled": true, "firewallMode": "Prevention"}}),
		_arm_gw("policy", {"firewallPolicy": {"id": "[resourceId(...)]"}}),
		t.arm_resource("Microsoft.Network/applicationGateways", "lower", {"properties": {"sku": {"tier": "waf_v2"}, "firewallPolicy": {"id": "x"}}}),
	]) == {
		"Microsoft.Network/applicationGateways/std:properties.sku.tier",
		"Microsoft.Network/applicationGateways/off:properties.webApplicationFirewallConfiguration.enabled",
		"Microsoft.Network/applicationGateways/detect:properties.webApplicationFirewallConfiguration.firewallMode",
		"Microsoft.Network/applicationGateways/none:",
	}
}

test_arm_policies if {
	type := "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"
	_deny([
		t.arm_resource(type, "off", {"properties": {"policySettings": {"state": "Disabled", "mode": "Prevention"}}}),
		t.arm_resource(type, "detect", {"properties": {"policySettings": {"state": "Enabled", "mode": "Detection"}}}),
		t.arm_resource(type, "good", {"properties": {"policySettings": {"state": "Enabled", "mode": "Prevention"}}}),
		t.arm_resource(type, "bare", {"properties": {}}),
	]) == {
		"Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies/off:properties.policySettings.state",
		"Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies/detect:properties.policySettings.mode",
	}
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm_gw("gw", {"webApplicationFirewallConfiguration": {"enabled": true, "firewallMode": t.unknown("parameters('mode')")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Network/applicationGateways/gw:properties.webApplicationFirewallConfiguration.firewallMode"}
}
