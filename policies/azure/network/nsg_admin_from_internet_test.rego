package azure.network.nsg_admin_from_internet_test

import data.azure.network.nsg_admin_from_internet as rule
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
		"name": "ssh", "priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
		"source_port_range": "*", "destination_port_range": "22", "source_address_prefix": "*", "destination_address_prefix": "*",
	},
	overrides,
)

_nsg(rules) := t.resource("azurerm_network_security_group", "nsg", {"security_rule": rules})

test_inline_ssh_from_anywhere if {
	_deny([_nsg([_rule({})])]) == {"azurerm_network_security_group.nsg:security_rule.0.source_address_prefix"}
	_deny([_nsg([_rule({"source_address_prefix": "Internet", "destination_port_range": "3389"})])]) == {"azurerm_network_security_group.nsg:security_rule.0.source_address_prefix"}
	_deny([_nsg([_rule({"destination_port_range": "*", "protocol": "*"})])]) == {"azurerm_network_security_group.nsg:security_rule.0.source_address_prefix"}
}

test_port_ranges_and_prefixes if {
	r := _rule({"destination_port_range": null, "destination_port_ranges": ["80", "3000-3500"], "source_address_prefix": null, "source_address_prefixes": ["10.0.0.0/8", "0.0.0.0/0"]})
	_deny([_nsg([r])]) == {"azurerm_network_security_group.nsg:security_rule.0.source_address_prefixes"}
}

test_standalone_rule if {
	r := t.resource("azurerm_network_security_rule", "rdp", _rule({"destination_port_range": "3389", "source_address_prefix": "Any"}))
	_deny([r]) == {"azurerm_network_security_rule.rdp:source_address_prefix"}
}

test_near_misses_pass if {
	_deny([_nsg([
		_rule({"source_address_prefix": "10.0.0.0/8"}),
		_rule({"access": "Deny"}),
		_rule({"direction": "Outbound"}),
		_rule({"destination_port_range": "443"}),
		_rule({"protocol": "Icmp", "destination_port_range": "*"}),
		_rule({"source_address_prefix": "VirtualNetwork"}),
	])]) == set()
}

test_unknown_source_is_inconclusive if {
	rs := [_nsg([_rule({"source_address_prefix": t.unknown("var.source")})])]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_network_security_group.nsg:security_rule.0.source_address_prefix"}
}

test_unknown_port_is_inconclusive if {
	rs := [t.resource("azurerm_network_security_rule", "r", _rule({"destination_port_range": t.unknown("var.port")}))]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_network_security_rule.r:source_address_prefix"}
}

_arm_rule(overrides) := object.union(
	{
		"priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
		"sourcePortRange": "*", "destinationPortRange": "22", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*",
	},
	overrides,
)

_arm_nsg(rules) := t.arm_resource("Microsoft.Network/networkSecurityGroups", "nsg", {
	"apiVersion": "2023-09-01",
	"properties": {"securityRules": [{"name": sprintf("r%d", [i]), "properties": p} | some i, p in rules]},
})

_arm_standalone(properties) := t.arm_resource("Microsoft.Network/networkSecurityGroups/securityRules", "nsg/rdp", {"apiVersion": "2023-09-01", "properties": properties})

test_arm_inline_ssh_from_anywhere if {
	_deny([_arm_nsg([_arm_rule({})])]) == {"Microsoft.Network/networkSecurityGroups/nsg:properties.securityRules.0.properties.sourceAddressPrefix"}
	_deny([_arm_nsg([
		_arm_rule({"destinationPortRange": "443"}),
		_arm_rule({"sourceAddressPrefix": "Internet", "destinationPortRange": "3389"}),
	])]) == {"Microsoft.Network/networkSecurityGroups/nsg:properties.securityRules.1.properties.sourceAddressPrefix"}
	_deny([_arm_nsg([_arm_rule({"destinationPortRange": "*", "protocol": "*"})])]) == {"Microsoft.Network/networkSecurityGroups/nsg:properties.securityRules.0.properties.sourceAddressPrefix"}
}

test_arm_port_ranges_and_prefixes if {
	r := _arm_rule({"destinationPortRange": null, "destinationPortRanges": ["80", "3000-3500"], "sourceAddressPrefix": null, "sourceAddressPrefixes": ["10.0.0.0/8", "0.0.0.0/0"]})
	_deny([_arm_nsg([r])]) == {"Microsoft.Network/networkSecurityGroups/nsg:properties.securityRules.0.properties.sourceAddressPrefixes"}
}

test_arm_standalone_rule if {
	_deny([_arm_standalone(_arm_rule({"destinationPortRange": "3389", "sourceAddressPrefix": "Any"}))]) == {"Microsoft.Network/networkSecurityGroups/securityRules/nsg/rdp:properties.sourceAddressPrefix"}
}

test_arm_near_misses_pass if {
	_deny([
		_arm_nsg([
			_arm_rule({"sourceAddressPrefix": "10.0.0.0/8"}),
			_arm_rule({"access": "Deny"}),
			_arm_rule({"direction": "Outbound"}),
			_arm_rule({"destinationPortRange": "443"}),
			_arm_rule({"protocol": "Icmp", "destinationPortRange": "*"}),
			_arm_rule({"sourceAddressPrefix": "VirtualNetwork"}),
		]),
		_arm_standalone(_arm_rule({"sourceAddressPrefix": "AzureLoadBalancer"})),
	]) == set()
}

test_arm_unknown_source_is_inconclusive if {
	rs := [_arm_nsg([_arm_rule({"sourceAddressPrefix": t.unknown("parameters('sshSource')")})])]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Network/networkSecurityGroups/nsg:properties.securityRules.0.properties.sourceAddressPrefix"}
}

test_arm_unknown_rules_are_inconclusive if {
	rs := [t.arm_resource("Microsoft.Network/networkSecurityGroups", "nsg", {"properties": {"securityRules": t.unknown("parameters('rules')")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {
		"Microsoft.Network/networkSecurityGroups/nsg:properties.securityRules.0.properties.sourceAddressPrefix",
		"Microsoft.Network/networkSecurityGroups/nsg:properties.securityRules.0.properties.sourceAddressPrefixes",
	}
}

test_arm_unknown_port_is_inconclusive if {
	rs := [_arm_standalone(_arm_rule({"destinationPortRange": t.unknown("parameters('port')")}))]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Network/networkSecurityGroups/securityRules/nsg/rdp:properties.sourceAddressPrefix"}
}

test_arm_property_names_ignore_case if {
	rule := {"Priority": 100, "Direction": "Inbound", "Access": "Allow", "Protocol": "TCP", "DestinationPortRange": "22", "SourceAddressPrefix": "*"}
	nsg := t.arm_resource("Microsoft.Network/networkSecurityGroups", "nsg", {"Properties": {"SecurityRules": [{"name": "ssh", "Properties": rule}]}})
	_deny([nsg]) == {"Microsoft.Network/networkSecurityGroups/nsg:properties.securityRules.0.properties.SourceAddressPrefix"}
}
