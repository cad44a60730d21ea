# METADATA
# title: App Service apps should use a managed identity
# description: >-
#   An app without a managed identity has to reach databases, storage and
#   Key Vault with secrets kept in its settings or code, which leak through
#   configuration exports, logs and source control and are rarely rotated.
# custom:
#   id: AZ-APP-005
#   severity: LOW
#   category: identity
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-2.1: ["9.5"]}
#   remediation: >-
#     Terraform: add identity { type = "SystemAssigned" } (or a user-assigned
#     identity) to the web or function app, then grant that identity access
#     to the services the app calls and remove their secrets from the app
#     settings. ARM: set identity.type to "SystemAssigned" on the
#     Microsoft.Web/sites resource. Deployment slots are not judged.
#   equivalents:
#     checkov: [CKV_AZURE_71]
#     tfsec: [azure-appservice-account-identity-registered]
#     trivy: [AVD-AZU-0002]
#     psrule: [Azure.AppService.ManagedIdentity]
#   defaults:
#     - attribute: identity
#       value: none (no managed identity)
#       source: azurerm v3 and v4; ARM identity.type absent means None
#   fix: true
package azure.appservice.managed_identity

import data.lib

_tf_types := {
	"azurerm_app_service",
	"azurerm_function_app",
	"azurerm_linux_function_app",
	"azurerm_linux_web_app",
	"azurerm_windows_function_app",
	"azurerm_windows_web_app",
}

deny contains v if {
	some type in _tf_types
	some r in lib.resources(type)
	_no_identity(r.attributes)
	msg := sprintf(`app %q has no managed identity; add identity { type = "SystemAssigned" }`, [r.name])
	fix := lib.fix_add_block(`Add identity { type = "SystemAssigned" }`, ["identity"], {"type": "SystemAssigned"})
	v := lib.violation_fix(r, ["identity"], msg, fix)
}

# _no_identity(attrs): no identity block; an unknown one (a dynamic block
# over an unknown list may be empty) counts in the pessimistic pass.
_no_identity(attrs) if lib.is_absent(attrs, "identity")

_no_identity(attrs) if {
	lib.is_unknown(attrs.identity)
	lib.pessimistic
}

# ARM: identity.type absent or "None".
deny contains v if {
	some r in lib.arm_resources("Microsoft.Web/sites")
	identity := lib.arm_get(r.attributes, "identity", {})
	lib.equals_ignore_case(lib.arm_get(identity, "type", "None"), "None")
	msg := sprintf(`app %q has no managed identity; set identity.type to "SystemAssigned"`, [r.name])
	fix := lib.fix_set(`Set identity.type to "SystemAssigned"`, ["identity", "type"], "SystemAssigned")
	v := lib.violation_fix(r, ["identity", "type"], msg, fix)
}
