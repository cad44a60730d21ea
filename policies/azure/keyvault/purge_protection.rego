# METADATA
# title: Key vaults must have purge protection enabled
# description: >-
#   Without purge protection, a deleted key vault or key can be purged at
#   once, by mistake or by an attacker, and every piece of data encrypted
#   with its keys becomes unreadable for good.
# custom:
#   id: AZ-KV-001
#   severity: MEDIUM
#   category: data
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-6.0: ["8.3.5"]}
#   remediation: >-
#     Terraform: set purge_protection_enabled = true. ARM: set
#     properties.enablePurgeProtection to true. It cannot be turned off
#     again, and a vault with it cannot be purged before its soft-delete
#     retention ends.
#   equivalents:
#     checkov: [CKV_AZURE_110, CKV_AZURE_42]
#     tfsec: [azure-keyvault-no-purge]
#     trivy: [AVD-AZU-0016]
#   fix: true
package azure.keyvault.purge_protection

import data.lib

deny contains v if {
	some r in lib.resources("azurerm_key_vault")
	lib.is_false_or_absent(r.attributes, "purge_protection_enabled")
	msg := sprintf("key vault %q has no purge protection; set purge_protection_enabled = true", [r.name])
	fix := lib.fix_set("Set purge_protection_enabled = true (it cannot be turned off again)", ["purge_protection_enabled"], true)
	v := lib.violation_fix(r, ["purge_protection_enabled"], msg, fix)
}

# ARM: enablePurgeProtection is off unless set to true (the API even
# rejects an explicit false, which is reported all the same).
deny contains v if {
	some r in lib.arm_resources("Microsoft.KeyVault/vaults")
	_arm_purge_protection_off(r)
	msg := sprintf("key vault %q has no purge protection; set properties.enablePurgeProtection to true", [r.name])
	fix := lib.fix_set("Set properties.enablePurgeProtection to true (it cannot be turned off again)", ["properties", "enablePurgeProtection"], true)
	v := lib.violation_fix(r, ["properties", "enablePurgeProtection"], msg, fix)
}

_arm_purge_protection_off(r) if lib.arm_property_absent(r, "enablePurgeProtection")

_arm_purge_protection_off(r) if lib.is_false(lib.arm_property(r, "enablePurgeProtection", null))
