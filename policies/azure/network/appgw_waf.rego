# METADATA
# title: Application gateways must run a web application firewall in Prevention mode
# description: >-
#   An application gateway without a web application firewall, or with one
#   that only detects, forwards SQL injection, cross-site scripting and
#   other OWASP top-10 attacks straight to the applications behind it.
# custom:
#   id: AZ-NET-004
#   severity: MEDIUM
#   category: network
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Use the WAF_v2 SKU tier and either associate a WAF policy
#     (firewall_policy_id; ARM properties.firewallPolicy.id) whose
#     policy_settings are enabled in "Prevention" mode, or set
#     waf_configuration { enabled = true, firewall_mode = "Prevention" }
#     (ARM properties.webApplicationFirewallConfiguration). Changing the
#     tier from Standard to WAF changes the gateway's price; switch to
#     Prevention after reviewing the findings the WAF logged in Detection.
#   equivalents:
#     checkov: [CKV_AZURE_120]
#     psrule: [Azure.AppGw.UseWAF, Azure.AppGw.WAFEnabled, Azure.AppGw.Prevention, Azure.AppGwWAF.Enabled, Azure.AppGwWAF.PreventionMode]
#   defaults:
#     - attribute: policy_settings.enabled, policy_settings.mode (azurerm_web_application_firewall_policy)
#       value: true, "Prevention"
#       source: azurerm v3 and v4
#   fix: true
package azure.network.appgw_waf

import data.lib

_waf_tiers := {"waf", "waf_v2"}

# _no_waf_tier(tier): the SKU tier (Basic, Standard, Standard_v2) cannot
# run a web application firewall.
_no_waf_tier(tier) if {
	is_string(tier)
	not lower(tier) in _waf_tiers
}

_no_waf_tier(tier) if {
	lib.is_unknown(tier)
	lib.pessimistic
}

_waf_tier(tier) if lib.is_in_ignore_case(tier, _waf_tiers)

_msg_tier(name, tier) := sprintf("application gateway %q uses the %s tier, which has no web application firewall; use WAF_v2 with a WAF policy in Prevention mode", [name, lib.show(tier)])

# Terraform: a Standard tier.
deny contains v if {
	some r in lib.resources("azurerm_application_gateway")
	some i, sku in lib.blocks(r.attributes, "sku")
	tier := lib.get(sku, "tier", null)
	_no_waf_tier(tier)
	v := lib.violation(r, ["sku", i, "tier"], _msg_tier(r.name, tier))
}

# Terraform: a WAF tier configured inline (no WAF policy associated).
deny contains v if {
	some r in _tf_inline_waf
	some i, w in lib.blocks(r.attributes, "waf_configuration")
	lib.is_false(lib.get(w, "enabled", false))
	path := ["waf_configuration", i, "enabled"]
	msg := sprintf("application gateway %q has its web application firewall disabled; set waf_configuration.enabled = true", [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set waf_configuration.enabled = true", path, true))
}

deny contains v if {
	some r in _tf_inline_waf
	some i, w in lib.blocks(r.attributes, "waf_configuration")
	lib.is_true(lib.get(w, "enabled", false))
	lib.equals(lib.get(w, "firewall_mode", null), "Detection")
	path := ["waf_configuration", i, "firewall_mode"]
	msg := sprintf(`application gateway %q only logs attacks (Detection mode); set waf_configuration.firewall_mode = "Prevention"`, [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set waf_configuration.firewall_mode = "Prevention"`, path, "Prevention"))
}

deny contains v if {
	some r in _tf_inline_waf
	count(lib.blocks(r.attributes, "waf_configuration")) == 0
	msg := sprintf("application gateway %q has no web application firewall configured; associate a WAF policy in Prevention mode (firewall_policy_id)", [r.name])
	v := lib.violation(r, [], msg)
}

# _tf_inline_waf: gateways of a WAF tier without a WAF policy, whose
# firewall is the inline waf_configuration.
_tf_inline_waf contains r if {
	some r in lib.resources("azurerm_application_gateway")
	some sku in lib.blocks(r.attributes, "sku")
	_waf_tier(lib.get(sku, "tier", null))
	lib.is_absent(r.attributes, "firewall_policy_id")
}

# Terraform WAF policies (used only by application gateways): disabled or
# in Detection mode.
deny contains v if {
	some r in lib.resources("azurerm_web_application_firewall_policy")
	some i, s in lib.blocks(r.attributes, "policy_settings")
	lib.is_false(lib.get(s, "enabled", true))
	path := ["policy_settings", i, "enabled"]
	msg := sprintf("WAF policy %q is disabled; set policy_settings.enabled = true", [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set policy_settings.enabled = true", path, true))
}

deny contains v if {
	some r in lib.resources("azurerm_web_application_firewall_policy")
	some i, s in lib.blocks(r.attributes, "policy_settings")
	lib.equals(lib.get(s, "mode", "Prevention"), "Detection")
	path := ["policy_settings", i, "mode"]
	msg := sprintf(`WAF policy %q only logs attacks (Detection mode); set policy_settings.mode = "Prevention"`, [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set policy_settings.mode = "Prevention"`, path, "Prevention"))
}

# ARM application gateways.
_arm_gateways := lib.arm_resources("Microsoft.Network/applicationGateways")

deny contains v if {
	some r in _arm_gateways
	tier := lib.arm_get(lib.arm_property(r, "sku", {}), "tier", null)
	_no_waf_tier(tier)
	v := lib.violation(r, ["properties", "sku", "tier"], _msg_tier(r.name, tier))
}

_arm_inline_waf contains r if {
	some r in _arm_gateways
	_waf_tier(lib.arm_get(lib.arm_property(r, "sku", {}), "tier", null))
	lib.arm_property_absent(r, "firewallPolicy")
}

deny contains v if {
	some r in _arm_inline_waf
	waf := lib.arm_property(r, "webApplicationFirewallConfiguration", {})
	lib.is_false(lib.arm_get(waf, "enabled", true))
	path := ["properties", "webApplicationFirewallConfiguration", "enabled"]
	msg := sprintf("application gateway %q has its web application firewall disabled; set properties.webApplicationFirewallConfiguration.enabled to true", [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set properties.webApplicationFirewallConfiguration.enabled to true", path, true))
}

deny contains v if {
	some r in _arm_inline_waf
	waf := lib.arm_property(r, "webApplicationFirewallConfiguration", {})
	lib.is_true(lib.arm_get(waf, "enabled", false))
	lib.equals_ignore_case(lib.arm_get(waf, "firewallMode", null), "Detection")
	path := ["properties", "webApplicationFirewallConfiguration", "firewallMode"]
	msg := sprintf(`application gateway %q only logs attacks (Detection mode); set properties.webApplicationFirewallConfiguration.firewallMode to "Prevention"`, [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set properties.webApplicationFirewallConfiguration.firewallMode to "Prevention"`, path, "Prevention"))
}

deny contains v if {
	some r in _arm_inline_waf
	lib.arm_property_absent(r, "webApplicationFirewallConfiguration")
	msg := sprintf("application gateway %q has no web application firewall configured; associate a WAF policy in Prevention mode (properties.firewallPolicy.id)", [r.name])
	v := lib.violation(r, [], msg)
}

# ARM WAF policies: policySettings.state "Disabled" or mode "Detection".
deny contains v if {
	some r in lib.arm_resources("Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies")
	settings := lib.arm_property(r, "policySettings", {})
	lib.equals_ignore_case(lib.arm_get(settings, "state", "Enabled"), "Disabled")
	path := ["properties", "policySettings", "state"]
	msg := sprintf(`WAF policy %q is disabled; set properties.policySettings.state to "Enabled"`, [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set properties.policySettings.state to "Enabled"`, path, "Enabled"))
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies")
	settings := lib.arm_property(r, "policySettings", {})
	lib.equals_ignore_case(lib.arm_get(settings, "mode", "Prevention"), "Detection")
	path := ["properties", "policySettings", "mode"]
	msg := sprintf(`WAF policy %q only logs attacks (Detection mode); set properties.policySettings.mode to "Prevention"`, [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set properties.policySettings.mode to "Prevention"`, path, "Prevention"))
}
