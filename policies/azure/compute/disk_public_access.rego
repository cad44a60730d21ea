# METADATA
# title: Managed disks must not be exportable from any network
# description: >-
#   A managed disk with public network access and the AllowAll access
#   policy can be exported or uploaded through a SAS URL from anywhere on
#   the internet, so a leaked or over-shared link hands out a full copy of
#   the disk and the data on it.
# custom:
#   id: AZ-VM-002
#   severity: LOW
#   category: data
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: set public_network_access_enabled = false on
#     azurerm_managed_disk, or network_access_policy = "AllowPrivate" with a
#     disk_access_id (or "DenyAll" when the disk is never exported). ARM: set
#     properties.publicNetworkAccess to "Disabled" on Microsoft.Compute/disks,
#     or properties.networkAccessPolicy to "AllowPrivate" or "DenyAll".
#   equivalents:
#     checkov: [CKV_AZURE_251]
#   defaults:
#     - attribute: public_network_access_enabled
#       value: true
#       source: azurerm v3 and v4
#     - attribute: network_access_policy / properties.networkAccessPolicy
#       value: AllowAll
#       source: Azure default
#     - attribute: properties.publicNetworkAccess
#       value: Enabled
#       source: Azure default (ARM apiVersion 2021-04-01 and later)
#   fix: true
package azure.compute.disk_public_access

import data.lib

# Both switches must be open: public network access on (the default) and
# the AllowAll access policy (the default).
deny contains v if {
	some r in lib.resources("azurerm_managed_disk")
	lib.is_true_or_absent(r.attributes, "public_network_access_enabled")
	lib.equals(lib.get(r.attributes, "network_access_policy", "AllowAll"), "AllowAll")
	path := ["public_network_access_enabled"]
	msg := sprintf("managed disk %q can be exported from any network; set public_network_access_enabled = false", [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set public_network_access_enabled = false", path, false))
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.Compute/disks")
	lib.equals_ignore_case(lib.arm_property(r, "publicNetworkAccess", "Enabled"), "Enabled")
	lib.equals_ignore_case(lib.arm_property(r, "networkAccessPolicy", "AllowAll"), "AllowAll")
	path := ["properties", "publicNetworkAccess"]
	msg := sprintf(`managed disk %q can be exported from any network; set properties.publicNetworkAccess to "Disabled"`, [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set properties.publicNetworkAccess to "Disabled"`, path, "Disabled"))
}
