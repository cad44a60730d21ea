# METADATA
# title: Custom roles must not grant every action at subscription or management group scope
# description: >-
#   A custom role whose actions include "*" and that can be assigned on a
#   whole subscription or management group is an owner role under another
#   name: whoever holds it can change every resource there and, unless
#   Microsoft.Authorization is excluded, grant itself and others any access.
# custom:
#   id: AZ-IAM-002
#   severity: MEDIUM
#   category: identity
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     List the actions the role needs (Microsoft.Compute/virtualMachines/start/action,
#     ...) instead of "*", or make it assignable only at the resource groups it
#     is meant for. Terraform: permissions.actions and assignable_scopes of
#     azurerm_role_definition (assignable_scopes defaults to its scope). ARM:
#     properties.permissions[].actions and properties.assignableScopes of
#     Microsoft.Authorization/roleDefinitions.
#   equivalents:
#     checkov: [CKV_AZURE_39]
#     tfsec: [azure-authorization-limit-role-actions]
#     trivy: [AVD-AZU-0030]
#   defaults:
#     - attribute: assignable_scopes
#       value: "[scope]"
#       source: azurerm v3 and v4
#   fix: false
package azure.authorization.custom_role_wildcard

import data.lib

# _broad(scope): a subscription, management group or tenant root scope.
_broad(scope) if {
	is_string(scope)
	regex.match(`(?i)^/subscriptions/[^/]+/?$`, trim_space(scope))
}

_broad(scope) if {
	is_string(scope)
	regex.match(`(?i)^/providers/microsoft\.management/managementgroups/[^/]+/?$`, trim_space(scope))
}

_broad(scope) if scope == "/"

_broad(scope) if {
	lib.is_unknown(scope)
	lib.pessimistic
}

_any_broad(scopes) if {
	some s in lib.as_array(scopes)
	_broad(s)
}

# _tf_scopes(attrs): assignable_scopes, which defaults to [scope].
_tf_scopes(attrs) := lib.get(attrs, "assignable_scopes", [lib.get(attrs, "scope", null)])

deny contains v if {
	some r in lib.resources("azurerm_role_definition")
	_any_broad(_tf_scopes(r.attributes))
	some i, p in lib.blocks(r.attributes, "permissions")
	lib.contains_wildcard(lib.get(p, "actions", []))
	msg := sprintf(`custom role %q grants every action ("*") and can be assigned on a whole subscription or management group; list the actions it needs`, [r.name])
	v := lib.violation(r, ["permissions", i, "actions"], msg)
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.Authorization/roleDefinitions")
	_any_broad(lib.arm_property(r, "assignableScopes", []))
	props := lib.arm_properties(r)
	some i, p in lib.blocks(props, lib.arm_key(props, "permissions"))
	lib.contains_wildcard(lib.arm_get(p, "actions", []))
	msg := sprintf(`custom role %q grants every action ("*") and can be assigned on a whole subscription or management group; list the actions it needs`, [r.name])
	v := lib.violation(r, ["properties", "permissions", i, "actions"], msg)
}
