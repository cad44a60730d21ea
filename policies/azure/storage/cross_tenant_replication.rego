# METADATA
# title: Storage accounts must not allow cross-tenant object replication
# description: >-
#   With cross-tenant replication allowed, anyone who can write an object
#   replication policy can copy the account's blobs to a storage account in
#   another Entra ID tenant, outside the organisation's control.
# custom:
#   id: AZ-STO-006
#   severity: MEDIUM
#   category: data
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-6.0: ["9.3.7"]}
#   remediation: >-
#     Terraform: set cross_tenant_replication_enabled = false (the default
#     in azurerm v4; v3 defaulted to true). ARM: set
#     properties.allowCrossTenantReplication to false. Keep it on only for
#     replication policies that must reach another tenant.
#   fix: true
package azure.storage.cross_tenant_replication

import data.lib

# The default changed (true up to azurerm v3, false in v4; for ARM, false
# for accounts created since late 2023 whatever the apiVersion), so only an
# explicit true is reported.
deny contains v if {
	some r in lib.resources("azurerm_storage_account")
	lib.is_true(lib.get(r.attributes, "cross_tenant_replication_enabled", false))
	msg := sprintf("storage account %q allows object replication to other tenants; set cross_tenant_replication_enabled = false", [r.name])
	fix := lib.fix_set("Set cross_tenant_replication_enabled = false", ["cross_tenant_replication_enabled"], false)
	v := lib.violation_fix(r, ["cross_tenant_replication_enabled"], msg, fix)
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.Storage/storageAccounts")
	lib.is_true(lib.arm_property(r, "allowCrossTenantReplication", false))
	path := ["properties", lib.arm_key(lib.arm_properties(r), "allowCrossTenantReplication")]
	msg := sprintf("storage account %q allows object replication to other tenants; set properties.allowCrossTenantReplication to false", [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set properties.allowCrossTenantReplication to false", path, false))
}
