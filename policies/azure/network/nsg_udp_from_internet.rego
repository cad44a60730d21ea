# METADATA
# title: Network security groups must not allow inbound UDP from the internet
# description: >-
#   An inbound allow rule that admits UDP (protocol Udp or *) from any source
#   (*, 0.0.0.0/0, Internet, Any) exposes UDP services such as DNS, NTP or
#   SNMP to the whole internet, where they are probed, exploited and abused
#   for reflection and amplification attacks.
# custom:
#   id: AZ-NET-002
#   severity: HIGH
#   category: network
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-6.0: ["7.3"]}
#   remediation: >-
#     Restrict the rule's source (source_address_prefix(es) in Terraform,
#     properties.sourceAddressPrefix(es) in ARM) to known addresses, or set
#     its protocol to "Tcp" when the service does not need UDP. Rules that
#     open SSH, RDP or every port are reported by AZ-NET-001 instead.
#   equivalents:
#     checkov: [CKV_AZURE_77]
#   fix: false
package azure.network.nsg_udp_from_internet

import data.lib

# _udp(e): the rule's protocol admits UDP ("Udp" or "*", any case).
_udp(e) if lib.is_in_ignore_case(lib.azure_nsg_setting(e, "protocol"), {"udp", "*"})

# Rules whose known ports include SSH or RDP (which covers "*") are
# AZ-NET-001's: one exposure, one finding. The test reads known values only,
# so its negation cannot hide an unknown.
_admin_rule(e) if {
	some port in [22, 3389]
	lib.azure_nsg_surely_reaches_port(e, port)
}

deny contains v if {
	some e in lib.azure_nsg_rules
	lib.azure_nsg_inbound_allow(e)
	_udp(e)
	not _admin_rule(e)
	some key in lib.azure_nsg_open_sources(e)
	r := e.resource
	msg := sprintf("%s %q allows inbound UDP from the internet; restrict the source to known addresses or allow Tcp only", [e.noun, r.name])
	v := lib.violation(r, array.concat(e.path, [key]), msg)
}
