# METADATA
# title: Cosmos DB accounts must not accept connections from every network
# description: >-
#   A Cosmos DB account with public network access and neither an IP filter
#   nor virtual network rules accepts requests from anywhere on the
#   internet, so a leaked key or token can read and change its data from
#   any machine.
# custom:
#   id: AZ-COS-001
#   severity: HIGH
#   category: network
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: set public_network_access_enabled = false and use a private
#     endpoint, or restrict the account with ip_range_filter or
#     is_virtual_network_filter_enabled = true and virtual_network_rule
#     blocks. ARM: set properties.publicNetworkAccess to "Disabled", or fill
#     properties.ipRules or set properties.isVirtualNetworkFilterEnabled
#     with virtualNetworkRules.
#   equivalents:
#     checkov: [CKV_AZURE_99]
#   defaults:
#     - attribute: public_network_access_enabled
#       value: true
#       source: azurerm v3 and v4
#     - attribute: ip_range_filter
#       value: none (every address)
#       source: azurerm v3 and v4
#     - attribute: is_virtual_network_filter_enabled
#       value: false
#       source: azurerm v3 and v4
#     - attribute: properties.publicNetworkAccess
#       value: Enabled
#       source: ARM, every apiVersion
#     - attribute: properties.ipRules, properties.isVirtualNetworkFilterEnabled
#       value: none, false
#       source: ARM, every apiVersion
#   fix: true
package azure.cosmosdb.open_network

import data.lib

deny contains v if {
	some r in lib.resources("azurerm_cosmosdb_account")
	lib.is_true_or_absent(r.attributes, "public_network_access_enabled")
	lib.azure_is_empty(lib.get(r.attributes, "ip_range_filter", null))
	lib.is_false_or_absent(r.attributes, "is_virtual_network_filter_enabled")
	path := ["public_network_access_enabled"]
	msg := sprintf("Cosmos DB account %q accepts connections from every network; set public_network_access_enabled = false or restrict it with ip_range_filter or virtual network rules", [r.name])
	fix := lib.fix_set("Set public_network_access_enabled = false (clients need a private endpoint)", path, false)
	v := lib.violation_fix(r, path, msg, fix)
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.DocumentDB/databaseAccounts")
	lib.azure_arm_public_enabled(r)
	lib.azure_is_empty(lib.arm_property(r, "ipRules", null))
	props := lib.arm_properties(r)
	lib.is_false_or_absent(props, lib.arm_key(props, "isVirtualNetworkFilterEnabled"))
	path := ["properties", lib.arm_key(props, "publicNetworkAccess")]
	msg := sprintf(`Cosmos DB account %q accepts connections from every network; set properties.publicNetworkAccess to "Disabled" or restrict it with ipRules or virtual network rules`, [r.name])
	fix := lib.fix_set(`Set properties.publicNetworkAccess to "Disabled" (clients need a private endpoint)`, path, "Disabled")
	v := lib.violation_fix(r, path, msg, fix)
}
