# METADATA
# title: Key vaults should use Azure RBAC for data access
# description: >-
#   A key vault on the legacy access-policy model grants data access outside
#   Azure RBAC: permissions cannot be scoped to one secret, are invisible to
#   role-assignment reviews and Privileged Identity Management, and anyone
#   who can edit the vault can grant themselves its secrets.
# custom:
#   id: AZ-KV-004
#   severity: MEDIUM
#   category: identity
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-6.0: ["8.3.6"]}
#   remediation: >-
#     Terraform: set rbac_authorization_enabled = true (azurerm v4.42+;
#     enable_rbac_authorization before), after assigning Key Vault roles
#     (azurerm_role_assignment) that replace the access policies. ARM: set
#     properties.enableRbacAuthorization to true; apiVersion 2026-02-01 and
#     later default to true for new vaults. Access policies stop applying as
#     soon as it is on.
#   defaults:
#     - attribute: rbac_authorization_enabled (enable_rbac_authorization before azurerm v4.42)
#       value: false
#       source: azurerm v3 and v4
#     - attribute: properties.enableRbacAuthorization
#       value: true from apiVersion 2026-02-01; false before
#       source: ARM Microsoft.KeyVault/vaults
#   fix: true
package azure.keyvault.rbac_authorization

import data.lib

# The v3 name and the v4.42+ name of the argument.
_keys := ["enable_rbac_authorization", "rbac_authorization_enabled"]

_fix_desc(key) := sprintf("Set %s = true (access policies stop applying: assign Key Vault roles first)", [key])

# Neither name set: the provider default is the access-policy model.
deny contains v if {
	some r in lib.resources("azurerm_key_vault")
	every key in _keys {
		lib.is_absent(r.attributes, key)
	}
	key := "enable_rbac_authorization"
	msg := sprintf("key vault %q uses access policies instead of Azure RBAC; set %s = true", [r.name, key])
	v := lib.violation_fix(r, [key], msg, lib.fix_set(_fix_desc(key), [key], true))
}

deny contains v if {
	some r in lib.resources("azurerm_key_vault")
	some key in _keys
	lib.is_false(lib.get(r.attributes, key, null))
	msg := sprintf("key vault %q uses access policies instead of Azure RBAC; set %s = true", [r.name, key])
	v := lib.violation_fix(r, [key], msg, lib.fix_set(_fix_desc(key), [key], true))
}

# ARM: enableRbacAuthorization defaults to false before apiVersion
# 2026-02-01 and to true for vaults created with it or later.
_arm_off(r) if lib.is_false(lib.arm_property(r, "enableRbacAuthorization", null))

_arm_off(r) if {
	lib.arm_property_absent(r, "enableRbacAuthorization")
	lib.arm_api_before(r, "2026-02-01")
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.KeyVault/vaults")
	_arm_off(r)
	path := ["properties", lib.arm_key(lib.arm_properties(r), "enableRbacAuthorization")]
	msg := sprintf("key vault %q uses access policies instead of Azure RBAC; set properties.enableRbacAuthorization to true", [r.name])
	fix := lib.fix_set("Set properties.enableRbacAuthorization to true (access policies stop applying: assign Key Vault roles first)", path, true)
	v := lib.violation_fix(r, path, msg, fix)
}
