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

_rule(overrides) := object.union({
	"name": "ssh", "priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
	"source_port_range": "*", "destination_port_range": "22", "source_address_prefix": "*", "destination_address_prefix": "*",
}, overrides)

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
