# METADATA
# title: Key vaults should not allow public network access
# description: >-
#   With public network access enabled, a key vault has an endpoint on the
#   internet and only its firewall and access control stand between its
#   secrets and keys and a stolen token used from anywhere.
# custom:
#   id: AZ-KV-003
#   severity: MEDIUM
#   category: network
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-6.0: ["8.3.7", "8.3.8"]}
#   remediation: >-
#     Terraform: set public_network_access_enabled = false on
#     azurerm_key_vault (it defaults to true). ARM: set
#     properties.publicNetworkAccess to "Disabled" (absent means
#     "Enabled"). Reach the vault through a private endpoint first: clients
#     without one lose access.
#   equivalents:
#     checkov: [CKV_AZURE_189]
#   defaults:
#     - attribute: public_network_access_enabled
#       value: true
#       source: azurerm v3 and v4
#     - attribute: properties.publicNetworkAccess
#       value: Enabled
#       source: ARM, every apiVersion
#   fix: true
package azure.keyvault.public_network_access

import data.lib

deny contains v if {
	some r in lib.resources("azurerm_key_vault")
	lib.is_true_or_absent(r.attributes, "public_network_access_enabled")
	msg := sprintf("key vault %q allows public network access; set public_network_access_enabled = false and use a private endpoint", [r.name])
	fix := lib.fix_set("Set public_network_access_enabled = false (clients need a private endpoint)", ["public_network_access_enabled"], false)
	v := lib.violation_fix(r, ["public_network_access_enabled"], msg, fix)
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.KeyVault/vaults")
	lib.azure_arm_public_enabled(r)
	path := ["properties", lib.arm_key(lib.arm_properties(r), "publicNetworkAccess")]
	msg := sprintf(`key vault %q allows public network access; set properties.publicNetworkAccess to "Disabled" and use a private endpoint`, [r.name])
	fix := lib.fix_set(`Set properties.publicNetworkAccess to "Disabled" (clients need a private endpoint)`, path, "Disabled")
	v := lib.violation_fix(r, path, msg, fix)
}
