# preflight policy library: Azure network security group rules.
#
# A network security group rule appears in four shapes: inline
# security_rule blocks of azurerm_network_security_group, standalone
# azurerm_network_security_rule resources, ARM rules inline in a group's
# properties.securityRules, and ARM
# Microsoft.Network/networkSecurityGroups/securityRules resources (standalone
# or declared as child resources). azure_nsg_rules lists them all in one
# shape so that every NSG rule reads the same settings the same way.
package lib

# The names of a rule's settings in azurerm Terraform and in ARM (where they
# sit under the rule's properties object and are matched ignoring case).
_azure_nsg_tf := {
	"arm": false,
	"sources": ["source_address_prefix", "source_address_prefixes"],
	"ports": ["destination_port_range", "destination_port_ranges"],
}

_azure_nsg_arm := {
	"arm": true,
	"sources": ["sourceAddressPrefix", "sourceAddressPrefixes"],
	"ports": ["destinationPortRange", "destinationPortRanges"],
}

# azure_nsg_any_sources are the source prefixes that admit every address
# on the internet (compared in lower case).
azure_nsg_any_sources := {"*", "0.0.0.0", "0.0.0.0/0", "internet", "any", "::/0"}

# azure_nsg_rules lists every NSG rule of the scan as
# {"resource": r, "noun": "network security group" | "network security rule",
#  "path": [path of the rule object inside r, [] for a standalone rule],
#  "rule": the rule's settings object, "keys": the naming table}.
# Build it once per evaluation: it is a complete rule.
azure_nsg_rules contains e if {
	some r in resources("azurerm_network_security_group")
	some i, rule in blocks(r.attributes, "security_rule")
	e := {"resource": r, "noun": "network security group", "path": ["security_rule", i], "rule": rule, "keys": _azure_nsg_tf}
}

azure_nsg_rules contains e if {
	some r in resources("azurerm_network_security_rule")
	e := {"resource": r, "noun": "network security rule", "path": [], "rule": r.attributes, "keys": _azure_nsg_tf}
}

azure_nsg_rules contains e if {
	some r in arm_resources("Microsoft.Network/networkSecurityGroups")
	props := arm_properties(r)
	some i, entry in blocks(props, arm_key(props, "securityRules"))
	rule := arm_get(entry, "properties", {})
	e := {"resource": r, "noun": "network security group", "path": ["properties", "securityRules", i, "properties"], "rule": rule, "keys": _azure_nsg_arm}
}

azure_nsg_rules contains e if {
	some r in arm_resources("Microsoft.Network/networkSecurityGroups/securityRules")
	e := {"resource": r, "noun": "network security rule", "path": ["properties"], "rule": arm_properties(r), "keys": _azure_nsg_arm}
}

# azure_nsg_key(e, name) is the key of the rule object of entry e that holds
# the setting name (its Terraform name, or the ARM name matched ignoring
# case).
azure_nsg_key(e, name) := arm_key(e.rule, name) if e.keys.arm

else := name

# azure_nsg_setting(e, name) is the value of a setting of entry e, or null.
azure_nsg_setting(e, name) := get(e.rule, azure_nsg_key(e, name), null)

# azure_nsg_inbound_allow(e): the rule admits inbound traffic (three-valued).
azure_nsg_inbound_allow(e) if {
	equals_ignore_case(azure_nsg_setting(e, "direction"), "Inbound")
	equals_ignore_case(azure_nsg_setting(e, "access"), "Allow")
}

# azure_nsg_open_sources(e) is the set of source keys of the rule that
# admit any address on the internet (three-valued: an unknown prefix counts
# in the pessimistic pass).
azure_nsg_open_sources(e) := {key |
	some name in e.keys.sources
	key := azure_nsg_key(e, name)
	some prefix in as_array(get(e.rule, key, null))
	is_in_ignore_case(prefix, azure_nsg_any_sources)
}

# azure_nsg_reaches_port(e, port): some destination port specification of
# the rule includes port (three-valued).
azure_nsg_reaches_port(e, port) if {
	some name in e.keys.ports
	any_port_spec_includes(azure_nsg_setting(e, name), port)
}

# azure_nsg_surely_reaches_port(e, port): a KNOWN destination port
# specification of the rule includes port. Unlike azure_nsg_reaches_port it
# never depends on the pessimistic switch, so a rule may negate it (to leave
# a case to another rule) without flipping an unknown into a finding.
azure_nsg_surely_reaches_port(e, port) if {
	some name in e.keys.ports
	some spec in as_array(azure_nsg_setting(e, name))
	is_known(spec)
	port_spec_includes(spec, port)
}
