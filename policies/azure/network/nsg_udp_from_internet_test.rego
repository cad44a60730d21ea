package azure.network.nsg_udp_from_internet_test

import data.azure.network.nsg_udp_from_internet as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_rule(overrides) := object.union(
	{
		"name": "dns", "priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "Udp",
		"source_port_range": "*", "destination_port_range": "53", "source_address_prefix": "*", "destination_address_prefix": "*",
	},
	overrides,
)

_nsg(rules) := t.resource("azurerm_network_security_group", "nsg", {"security_rule": rules})

test_inline_udp_from_anywhere if {
	_deny([_nsg([_rule({})])]) == {"azurerm_network_security_group.nsg:security_rule.0.source_address_prefix"}
	_deny([_nsg([_rule({"protocol": "*", "destination_port_range": "500-600", "source_address_prefix": "Internet"})])]) == {"azurerm_network_security_group.nsg:security_rule.0.source_address_prefix"}
	r := _rule({"source_address_prefix": null, "source_address_prefixes": ["10.0.0.0/8", "0.0.0.0/0"], "destination_port_range": null, "destination_port_ranges": ["123", "161"]})
	_deny([_nsg([r])]) == {"azurerm_network_security_group.nsg:security_rule.0.source_address_prefixes"}
}

test_standalone_rule if {
	r := t.resource("azurerm_network_security_rule", "ntp", _rule({"destination_port_range": "123", "source_address_prefix": "Any"}))
	_deny([r]) == {"azurerm_network_security_rule.ntp:source_address_prefix"}
}

test_near_misses_pass if {
	_deny([_nsg([
		_rule({"protocol": "Tcp"}),
		_rule({"protocol": "Icmp"}),
		_rule({"source_address_prefix": "203.0.113.0/24"}),
		_rule({"access": "Deny"}),
		_rule({"direction": "Outbound"}),
		_rule({"source_address_prefix": "VirtualNetwork"}),
	])]) == set()
}

test_admin_ports_left_to_az_net_001 if {
	_deny([_nsg([
		_rule({"destination_port_range": "*"}),
		_rule({"protocol": "*", "destination_port_range": "3389"}),
		_rule({"destination_port_range": null, "destination_port_ranges": ["53", "20-25"]}),
	])]) == set()
}

test_unknown_values_are_inconclusive if {
	rs := [_nsg([_rule({"source_address_prefix": t.unknown("var.source")})])]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_network_security_group.nsg:security_rule.0.source_address_prefix"}
	ps := [t.resource("azurerm_network_security_rule", "r", _rule({"protocol": t.unknown("var.protocol")}))]
	_deny(ps) == set()
	_deny_pessimistic(ps) == {"azurerm_network_security_rule.r:source_address_prefix"}
}

test_unknown_port_is_still_udp_from_the_internet if {
	rs := [t.resource("azurerm_network_security_rule", "r", _rule({"destination_port_range": t.unknown("var.port")}))]
	_deny(rs) == {"azurerm_network_security_rule.r:source_address_prefix"}
}

_arm_rule(overrides) := object.union(
	{
		"priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "Udp",
		"sourcePortRange": "*", "destinationPortRange": "53", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*",
	},
	overrides,
)

_arm_nsg(rules) := t.arm_resource("Microsoft.Network/networkSecurityGroups", "nsg", {
	"apiVersion": "2023-09-01",
	"properties": {"securityRules": [{"name": sprintf("r%d", [i]), "properties": p} | some i, p in rules]},
})

test_arm_inline_and_standalone if {
	_deny([_arm_nsg([_arm_rule({"destinationPortRange": "443", "protocol": "Tcp"}), _arm_rule({"sourceAddressPrefix": "Internet"})])]) == {"Microsoft.Network/networkSecurityGroups/nsg:properties.securityRules.1.properties.sourceAddressPrefix"}
	s := t.arm_resource("Microsoft.Network/networkSecurityGroups/securityRules", "nsg/snmp", {"properties": _arm_rule({"destinationPortRange": "161", "protocol": "*"})})
	_deny([s]) == {"Microsoft.Network/networkSecurityGroups/securityRules/nsg/snmp:properties.sourceAddressPrefix"}
}

test_arm_property_names_ignore_case if {
	r := {"Direction": "Inbound", "Access": "Allow", "Protocol": "UDP", "DestinationPortRange": "53", "SourceAddressPrefixes": ["0.0.0.0/0"]}
	nsg := t.arm_resource("Microsoft.Network/networkSecurityGroups", "nsg", {"Properties": {"SecurityRules": [{"name": "dns", "Properties": r}]}})
	_deny([nsg]) == {"Microsoft.Network/networkSecurityGroups/nsg:properties.securityRules.0.properties.SourceAddressPrefixes"}
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm_nsg([_arm_rule({"sourceAddressPrefix": t.unknown("parameters('source')")})])]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Network/networkSecurityGroups/nsg:properties.securityRules.0.properties.sourceAddressPrefix"}
}
