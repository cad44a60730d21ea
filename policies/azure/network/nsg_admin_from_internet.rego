# METADATA
# title: Network security groups must not allow SSH, RDP or all ports from the internet
# description: >-
#   An inbound allow rule from any source (*, 0.0.0.0/0, Internet, Any) to
#   port 22, 3389 or every port exposes virtual machines' login services to
#   password spraying and exploits from anywhere on the internet.
# custom:
#   id: AZ-NET-001
#   severity: HIGH
#   category: network
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-6.0: ["7.1", "7.2"]}
#   remediation: >-
#     Restrict the rule's source (source_address_prefix in Terraform,
#     properties.sourceAddressPrefix in ARM) to known addresses, or use
#     Azure Bastion or just-in-time VM access and remove the rule.
#   equivalents:
#     checkov: [CKV_AZURE_9, CKV_AZURE_10]
#     tfsec: [azure-network-ssh-blocked-from-internet, azure-network-disable-rdp-from-internet]
#     trivy: [AVD-AZU-0050, AVD-AZU-0048]
#   fix: false
package azure.network.nsg_admin_from_internet

import data.lib

_any_sources := {"*", "0.0.0.0", "0.0.0.0/0", "internet", "any", "::/0"}

_admin_ports := [22, 3389]

# The names of a rule's settings in azurerm Terraform and in ARM (where
# they sit under the rule's properties object and, as every ARM property
# name, are matched without regard to case).
_tf := {
	"arm": false,
	"sources": ["source_address_prefix", "source_address_prefixes"],
	"ports": ["destination_port_range", "destination_port_ranges"],
}

_arm := {
	"arm": true,
	"sources": ["sourceAddressPrefix", "sourceAddressPrefixes"],
	"ports": ["destinationPortRange", "destinationPortRanges"],
}

# _key(rule, k, name) is the key of rule that holds the setting name.
_key(rule, k, name) := lib.arm_key(rule, name) if k.arm

else := name

_setting(rule, k, name) := lib.get(rule, _key(rule, k, name), null)

# _open_sources(rule, k) is the set of source keys of rule that let in any
# address.
_open_sources(rule, k) := {key |
	some name in k.sources
	key := _key(rule, k, name)
	some prefix in lib.as_array(lib.get(rule, key, null))
	lib.is_in_ignore_case(prefix, _any_sources)
}

_reaches_admin_port(rule, k) if {
	some port in _admin_ports
	some name in k.ports
	lib.any_port_spec_includes(_setting(rule, k, name), port)
}

_inbound_allow(rule, k) if {
	lib.equals_ignore_case(_setting(rule, k, "direction"), "Inbound")
	lib.equals_ignore_case(_setting(rule, k, "access"), "Allow")
	lib.is_in_ignore_case(_setting(rule, k, "protocol"), {"tcp", "udp", "*"})
	_reaches_admin_port(rule, k)
}

_msg(noun, name) := sprintf("%s %q allows inbound SSH, RDP or all ports from the internet; restrict the source to known addresses", [noun, name])

# Inline security_rule blocks of a network security group.
deny contains v if {
	some r in lib.resources("azurerm_network_security_group")
	some i, rule in lib.blocks(r.attributes, "security_rule")
	_inbound_allow(rule, _tf)
	some key in _open_sources(rule, _tf)
	v := lib.violation(r, ["security_rule", i, key], _msg("network security group", r.name))
}

# Standalone azurerm_network_security_rule resources.
deny contains v if {
	some r in lib.resources("azurerm_network_security_rule")
	_inbound_allow(r.attributes, _tf)
	some key in _open_sources(r.attributes, _tf)
	v := lib.violation(r, [key], _msg("network security rule", r.name))
}

# ARM: rules inline in a network security group's properties.securityRules,
# each {name, properties: {...}}.
deny contains v if {
	some r in lib.arm_resources("Microsoft.Network/networkSecurityGroups")
	props := lib.arm_properties(r)
	some i, entry in lib.blocks(props, lib.arm_key(props, "securityRules"))
	rule := lib.arm_get(entry, "properties", {})
	_inbound_allow(rule, _arm)
	some key in _open_sources(rule, _arm)
	v := lib.violation(r, ["properties", "securityRules", i, "properties", key], _msg("network security group", r.name))
}

# ARM: standalone Microsoft.Network/networkSecurityGroups/securityRules
# resources (named "<nsg>/<rule>"), and rules declared as child resources
# of a group, which the parser turns into resources of the same type.
deny contains v if {
	some r in lib.arm_resources("Microsoft.Network/networkSecurityGroups/securityRules")
	rule := lib.arm_properties(r)
	_inbound_allow(rule, _arm)
	some key in _open_sources(rule, _arm)
	v := lib.violation(r, ["properties", key], _msg("network security rule", r.name))
}
