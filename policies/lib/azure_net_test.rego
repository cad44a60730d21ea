package lib.azure_net_test

import data.lib
import data.lib.testing as t

_entries(rs) := es if {
	es := {sprintf("%s:%s", [e.resource.id, concat(".", [sprintf("%v", [p]) | some p in e.path])]) | some e in lib.azure_nsg_rules} with input as t.input_of(rs)
}

test_azure_nsg_rules_lists_every_shape if {
	nsg := t.resource("azurerm_network_security_group", "g", {"security_rule": [{"name": "a"}, {"name": "b"}]})
	rule := t.resource("azurerm_network_security_rule", "r", {"name": "c"})
	arm := t.arm_resource("Microsoft.Network/networkSecurityGroups", "g", {"Properties": {"securityRules": [{"name": "d", "properties": {}}]}})
	child := t.arm_resource("microsoft.network/networksecuritygroups/securityrules", "g/e", {"properties": {}})
	_entries([nsg, rule, arm, child]) == {
		"azurerm_network_security_group.g:security_rule.0",
		"azurerm_network_security_group.g:security_rule.1",
		"azurerm_network_security_rule.r:",
		"Microsoft.Network/networkSecurityGroups/g:properties.securityRules.0.properties",
		"microsoft.network/networksecuritygroups/securityrules/g/e:properties",
	}
}

_arm_entry(rule) := {"resource": {}, "noun": "x", "path": [], "rule": rule, "keys": lib._azure_nsg_arm}

_tf_entry(rule) := {"resource": {}, "noun": "x", "path": [], "rule": rule, "keys": lib._azure_nsg_tf}

test_azure_nsg_settings_ignore_case_in_arm if {
	e := _arm_entry({"Direction": "Inbound", "ACCESS": "allow", "SourceAddressPrefixes": ["10.0.0.0/8", "Internet"]})
	lib.azure_nsg_setting(e, "direction") == "Inbound"
	lib.azure_nsg_inbound_allow(e)
	lib.azure_nsg_open_sources(e) == {"SourceAddressPrefixes"}
	tf := _tf_entry({"Direction": "Inbound"})
	lib.azure_nsg_setting(tf, "direction") == null
}

test_azure_nsg_ports if {
	e := _tf_entry({"destination_port_range": "20-25", "destination_port_ranges": ["3389"]})
	lib.azure_nsg_reaches_port(e, 22)
	lib.azure_nsg_surely_reaches_port(e, 3389)
	not lib.azure_nsg_reaches_port(e, 80)
	u := _tf_entry({"destination_port_range": t.unknown("var.port")})
	not lib.azure_nsg_reaches_port(u, 22)
	lib.azure_nsg_reaches_port(u, 22) with data.preflight.pessimistic as true
	not lib.azure_nsg_surely_reaches_port(u, 22) with data.preflight.pessimistic as true
}

test_azure_nsg_unknown_source_is_pessimistic if {
	e := _tf_entry({"source_address_prefix": t.unknown("var.src")})
	lib.azure_nsg_open_sources(e) == set()
	lib.azure_nsg_open_sources(e) == {"source_address_prefix"} with data.preflight.pessimistic as true
}
