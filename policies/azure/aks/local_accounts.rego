# METADATA
# title: AKS clusters must disable local accounts
# description: >-
#   With local accounts enabled, anyone allowed to fetch the cluster-admin
#   credentials gets a static certificate that bypasses Microsoft Entra ID:
#   no conditional access, no per-user audit trail, and no way to revoke it
#   short of rotating the cluster's certificates.
# custom:
#   id: AZ-AKS-002
#   severity: MEDIUM
#   category: identity
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Integrate the cluster with Microsoft Entra ID
#     (azure_active_directory_role_based_access_control; ARM
#     properties.aadProfile) and set local_account_disabled = true (ARM
#     properties.disableLocalAccounts to true). Azure refuses to disable
#     local accounts on a cluster without Entra ID integration, so the
#     automatic fix is offered only when it is configured.
#   equivalents:
#     checkov: [CKV_AZURE_141]
#     psrule: [Azure.AKS.LocalAccounts]
#   defaults:
#     - attribute: local_account_disabled
#       value: false
#       source: azurerm v3 and v4
#     - attribute: properties.disableLocalAccounts
#       value: false
#       source: AKS resource provider default
#   fix: true
package azure.aks.local_accounts

import data.lib

deny contains v if {
	some r in lib.resources("azurerm_kubernetes_cluster")
	lib.is_false_or_absent(r.attributes, "local_account_disabled")
	path := ["local_account_disabled"]
	msg := sprintf("AKS cluster %q allows local accounts; set local_account_disabled = true", [r.name])
	fixes := [f |
		count(lib.blocks(r.attributes, "azure_active_directory_role_based_access_control")) > 0
		f := lib.fix_set("Set local_account_disabled = true", path, true)
	]
	v := lib.violation_with_fixes(r, path, msg, fixes)
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.ContainerService/managedClusters")
	lib.is_false(lib.arm_property(r, "disableLocalAccounts", false))
	path := ["properties", "disableLocalAccounts"]
	msg := sprintf("AKS cluster %q allows local accounts; set properties.disableLocalAccounts to true", [r.name])
	fixes := [f |
		not lib.arm_property_absent(r, "aadProfile")
		f := lib.fix_set("Set properties.disableLocalAccounts to true", path, true)
	]
	v := lib.violation_with_fixes(r, path, msg, fixes)
}
