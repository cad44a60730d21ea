# METADATA
# title: Storage accounts must not allow anonymous public blob access
# description: >-
#   When a storage account allows public access to blobs, any container set
#   to blob or container access level serves its data to anyone on the
#   internet without authentication.
# custom:
#   id: AZ-STO-003
#   severity: HIGH
#   category: data
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-6.0: ["9.3.8"]}
#   remediation: >-
#     Terraform: set allow_nested_items_to_be_public = false (azurerm v3+;
#     allow_blob_public_access in v2). ARM: set
#     properties.allowBlobPublicAccess to false. Share data with SAS tokens
#     or Entra ID instead.
#   equivalents:
#     checkov: [CKV_AZURE_190]
#   fix: true
package azure.storage.public_blob_access

import data.lib

# The provider default changed across versions (true up to v3, false in
# v4); only an explicit true is reported, so nothing is claimed about an
# absent argument.
_keys := ["allow_blob_public_access", "allow_nested_items_to_be_public"]

deny contains v if {
	some r in lib.resources("azurerm_storage_account")
	some key in _keys
	lib.is_true(lib.get(r.attributes, key, false))
	msg := sprintf("storage account %q allows anonymous public access to blobs; set %s = false", [r.name, key])
	v := lib.violation_fix(r, [key], msg, lib.fix_set(sprintf("Set %s = false", [key]), [key], false))
}

# ARM: the default of allowBlobPublicAccess changed too (true in early API
# versions, false for accounts created since late 2023), so again only an
# explicit true is reported.
deny contains v if {
	some r in lib.arm_resources("Microsoft.Storage/storageAccounts")
	lib.is_true(lib.arm_property(r, "allowBlobPublicAccess", false))
	msg := sprintf("storage account %q allows anonymous public access to blobs; set properties.allowBlobPublicAccess to false", [r.name])
	fix := lib.fix_set("Set properties.allowBlobPublicAccess to false", ["properties", "allowBlobPublicAccess"], false)
	v := lib.violation_fix(r, ["properties", "allowBlobPublicAccess"], msg, fix)
}
