# METADATA
# title: Container registries must not allow anonymous pull
# description: >-
#   With anonymous pull enabled anyone who can reach the registry can
#   download every image in it, with the code, configuration and secrets
#   baked into their layers, without signing in.
# custom:
#   id: AZ-ACR-002
#   severity: HIGH
#   category: data
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: remove anonymous_pull_enabled = true from
#     azurerm_container_registry (it defaults to false). ARM: set
#     properties.anonymousPullEnabled to false. Publish public images from a
#     separate registry that holds nothing else.
#   equivalents:
#     checkov: [CKV_AZURE_138]
#     psrule: [Azure.ACR.AnonymousAccess]
#   defaults:
#     - attribute: anonymous_pull_enabled
#       value: false
#       source: azurerm v3 and v4
#     - attribute: properties.anonymousPullEnabled
#       value: false
#       source: ARM (all API versions)
#   fix: true
package azure.acr.anonymous_pull

import data.lib

deny contains v if {
	some r in lib.resources("azurerm_container_registry")
	lib.is_true(lib.get(r.attributes, "anonymous_pull_enabled", false))
	msg := sprintf("container registry %q lets anyone pull its images without signing in; set anonymous_pull_enabled = false", [r.name])
	v := lib.violation_fix(r, ["anonymous_pull_enabled"], msg, lib.fix_set("Set anonymous_pull_enabled = false", ["anonymous_pull_enabled"], false))
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.ContainerRegistry/registries")
	lib.is_true(lib.arm_property(r, "anonymousPullEnabled", false))
	path := ["properties", "anonymousPullEnabled"]
	msg := sprintf("container registry %q lets anyone pull its images without signing in; set properties.anonymousPullEnabled to false", [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set properties.anonymousPullEnabled to false", path, false))
}
