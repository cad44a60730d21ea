# METADATA
# title: Storage accounts should use infrastructure (double) encryption
# description: >-
#   Without infrastructure encryption, the account's data is encrypted once,
#   at the service level; a flaw in that one algorithm or key would leave it
#   readable, where a second layer with a different key would still protect it.
# custom:
#   id: AZ-STO-007
#   severity: LOW
#   category: encryption
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: set infrastructure_encryption_enabled = true. ARM: set
#     properties.encryption.requireInfrastructureEncryption to true. It can
#     only be chosen when the account is created: changing it replaces the
#     account, and existing data is not migrated. Only StorageV2 accounts
#     and premium BlockBlobStorage and FileStorage accounts support it.
#   equivalents:
#     trivy: [AVD-AZU-0061]
#   defaults:
#     - attribute: infrastructure_encryption_enabled
#       value: false
#       source: azurerm v2 and later
#     - attribute: properties.encryption.requireInfrastructureEncryption
#       value: false
#       source: ARM, every apiVersion
#   fix: true
package azure.storage.infrastructure_encryption

import data.lib

# Account kinds that support infrastructure encryption (azurerm's default
# account_kind is StorageV2).
_kinds := {"StorageV2", "BlockBlobStorage", "FileStorage"}

# ARM compares kinds ignoring case; lowered once, not for every account.
_lower_kinds := {lower(k) | some k in _kinds}

_fix_desc := "Set infrastructure_encryption_enabled = true (replaces the storage account: existing data is not migrated)"

deny contains v if {
	some r in lib.resources("azurerm_storage_account")
	lib.is_in(lib.get(r.attributes, "account_kind", "StorageV2"), _kinds)
	lib.is_false_or_absent(r.attributes, "infrastructure_encryption_enabled")
	msg := sprintf("storage account %q has no infrastructure encryption; set infrastructure_encryption_enabled = true", [r.name])
	fix := lib.replacing(lib.fix_set(_fix_desc, ["infrastructure_encryption_enabled"], true))
	v := lib.violation_fix(r, ["infrastructure_encryption_enabled"], msg, fix)
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.Storage/storageAccounts")
	lib.is_in_ignore_case(lib.arm_get(r.attributes, "kind", null), _lower_kinds)
	props := lib.arm_properties(r)
	enc := lib.arm_get(props, "encryption", {})
	lib.is_false_or_absent(enc, lib.arm_key(enc, "requireInfrastructureEncryption"))
	path := ["properties", lib.arm_key(props, "encryption"), lib.arm_key(enc, "requireInfrastructureEncryption")]
	msg := sprintf("storage account %q has no infrastructure encryption; set properties.encryption.requireInfrastructureEncryption to true", [r.name])
	fix := lib.replacing(lib.fix_set("Set properties.encryption.requireInfrastructureEncryption to true (replaces the storage account: existing data is not migrated)", path, true))
	v := lib.violation_fix(r, path, msg, fix)
}
