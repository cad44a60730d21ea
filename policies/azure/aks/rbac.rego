# METADATA
# title: AKS clusters must enable Kubernetes RBAC
# description: >-
#   Without Kubernetes role-based access control every authenticated user
#   and service account of the cluster can do anything in it, so one leaked
#   token or compromised pod controls every workload and secret.
# custom:
#   id: AZ-AKS-001
#   severity: HIGH
#   category: identity
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: remove role_based_access_control_enabled = false (it
#     defaults to true; role_based_access_control { enabled } before azurerm
#     v3). ARM: set properties.enableRBAC to true on
#     Microsoft.ContainerService/managedClusters. RBAC cannot be turned on
#     for an existing cluster: the change recreates it.
#   equivalents:
#     checkov: [CKV_AZURE_5]
#     tfsec: [azure-container-use-rbac-permissions]
#     trivy: [AVD-AZU-0042]
#     psrule: [Azure.AKS.UseRBAC]
#   defaults:
#     - attribute: role_based_access_control_enabled
#       value: true
#       source: azurerm v3 and v4
#     - attribute: properties.enableRBAC
#       value: true
#       source: AKS resource provider default
#   fix: true
package azure.aks.rbac

import data.lib

_msg(name, setting) := sprintf("AKS cluster %q has Kubernetes RBAC disabled; set %s to true", [name, setting])

# azurerm v3/v4: role_based_access_control_enabled, default true.
deny contains v if {
	some r in lib.resources("azurerm_kubernetes_cluster")
	lib.is_false(lib.get(r.attributes, "role_based_access_control_enabled", true))
	path := ["role_based_access_control_enabled"]
	fix := lib.replacing(lib.fix_set("Set role_based_access_control_enabled = true", path, true))
	v := lib.violation_fix(r, path, _msg(r.name, "role_based_access_control_enabled"), fix)
}

# azurerm v2: role_based_access_control { enabled = false }.
deny contains v if {
	some r in lib.resources("azurerm_kubernetes_cluster")
	some i, b in lib.blocks(r.attributes, "role_based_access_control")
	lib.is_false(lib.get(b, "enabled", true))
	path := ["role_based_access_control", i, "enabled"]
	fix := lib.replacing(lib.fix_set("Set role_based_access_control.enabled = true", path, true))
	v := lib.violation_fix(r, path, _msg(r.name, "role_based_access_control.enabled"), fix)
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.ContainerService/managedClusters")
	lib.is_false(lib.arm_property(r, "enableRBAC", true))
	path := ["properties", "enableRBAC"]
	fix := lib.replacing(lib.fix_set("Set properties.enableRBAC to true", path, true))
	v := lib.violation_fix(r, path, _msg(r.name, "properties.enableRBAC"), fix)
}
