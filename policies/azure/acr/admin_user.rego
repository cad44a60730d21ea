# METADATA
# title: Container registries must not enable the admin user
# description: >-
#   The admin user is one shared username and password with push and pull
#   rights on every repository of the registry; it cannot be scoped or
#   traced to a person, and whoever copies it can replace the images your
#   workloads run.
# custom:
#   id: AZ-ACR-001
#   severity: MEDIUM
#   category: identity
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: remove admin_enabled = true from azurerm_container_registry
#     (it defaults to false). ARM: set properties.adminUserEnabled to false
#     on Microsoft.ContainerRegistry/registries. Pull and push with managed
#     identities, service principals or repository-scoped tokens instead.
#   equivalents:
#     checkov: [CKV_AZURE_137]
#     psrule: [Azure.ACR.AdminUser]
#   defaults:
#     - attribute: admin_enabled
#       value: false
#       source: azurerm v3 and v4
#     - attribute: properties.adminUserEnabled
#       value: false
#       source: ARM (all API versions)
#   fix: true
package azure.acr.admin_user

import data.lib

deny contains v if {
	some r in lib.resources("azurerm_container_registry")
	lib.is_true(lib.get(r.attributes, "admin_enabled", false))
	msg := sprintf("container registry %q enables the shared admin user; set admin_enabled = false", [r.name])
	v := lib.violation_fix(r, ["admin_enabled"], msg, lib.fix_set("Set admin_enabled = false", ["admin_enabled"], false))
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.ContainerRegistry/registries")
	lib.is_true(lib.arm_property(r, "adminUserEnabled", false))
	path := ["properties", "adminUserEnabled"]
	msg := sprintf("container registry %q enables the shared admin user; set properties.adminUserEnabled to false", [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set properties.adminUserEnabled to false", path, false))
}
