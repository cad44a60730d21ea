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
#   providers: [azurerm]
#   formats: [terraform]
#   frameworks: {cis-azure-6.0: ["7.1", "7.2"]}
#   remediation: >-
#     Restrict source_address_prefix to known addresses, or use Azure
#     Bastion or just-in-time VM access and remove the rule.
#   equivalents:
#     checkov: [CKV_AZURE_9, CKV_AZURE_10]
#     tfsec: [azure-network-ssh-blocked-from-internet, azure-network-disable-rdp-from-internet]
#     trivy: [AVD-AZU-0050, AVD-AZU-0048]
#   fix: false
package azure.network.nsg_admin_from_internet

import data.lib

_any_sources := {"*", "0.0.0.0", "0.0.0.0/0", "internet", "any", "::/0"}

_admin_ports := [22, 3389]

# _open_sources is the set of source attributes of rule that let in any
# address.
_open_sources(rule) := {key |
	some key in ["source_address_prefix", "source_address_prefixes"]
	some prefix in lib.as_array(lib.get(rule, key, null))
	lib.is_in_ignore_case(prefix, _any_sources)
}

_reaches_admin_port(rule) if {
	some port in _admin_ports
	some key in ["destination_port_range", "destination_port_ranges"]
	lib.any_port_spec_includes(lib.get(rule, key, null), port)
}

_inbound_allow(rule) if {
	lib.equals_ignore_case(lib.get(rule, "direction", null), "Inbound")
	lib.equals_ignore_case(lib.get(rule, "access", null), "Allow")
	lib.is_in_ignore_case(lib.get(rule, "protocol", null), {"tcp", "udp", "*"})
	_reaches_admin_port(rule)
}

_msg(noun, name) := sprintf("%s %q allows inbound SSH, RDP or all ports from the internet; restrict the source to known addresses", [noun, name])

# Inline security_rule blocks of a network security group.
deny contains v if {
	some r in lib.resources("azurerm_network_security_group")
	some i, rule in lib.blocks(r.attributes, "security_rule")
	_inbound_allow(rule)
	some key in _open_sources(rule)
	v := lib.violation(r, ["security_rule", i, key], _msg("network security group", r.name))
}

# Standalone azurerm_network_security_rule resources.
deny contains v if {
	some r in lib.resources("azurerm_network_security_rule")
	_inbound_allow(r.attributes)
	some key in _open_sources(r.attributes)
	v := lib.violation(r, [key], _msg("network security rule", r.name))
}
