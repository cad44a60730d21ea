# METADATA
# title: The Owner role must not be assigned at subscription or management group scope
# description: >-
#   Owner at subscription or management group scope can read and change
#   every resource underneath and grant access to anyone, so a single
#   compromised principal, pipeline or forgotten assignment controls the
#   whole environment.
# custom:
#   id: AZ-IAM-001
#   severity: HIGH
#   category: identity
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Assign a narrower built-in role (Contributor, or a service-specific
#     role) at the resource group or resource the principal manages, and
#     keep Owner for a few break-glass accounts managed with Privileged
#     Identity Management rather than in infrastructure code. Terraform:
#     change role_definition_name or scope of azurerm_role_assignment. ARM:
#     change properties.roleDefinitionId or the scope of
#     Microsoft.Authorization/roleAssignments. ARM assignments without a
#     scope property are not judged: their scope is the deployment's, which
#     the template alone does not tell.
#   equivalents:
#     psrule: [Azure.RBAC.LimitOwner]
#   fix: false
package azure.authorization.owner_at_subscription

import data.lib

_owner_guid := "8e3af657-a8ff-443c-a75c-2fe8c4bcb635"

# _owner_id(id): a role definition id (a bare GUID or a full resource id)
# naming the built-in Owner role.
_owner_id(id) if {
	is_string(id)
	contains(lower(id), _owner_guid)
}

_owner_id(id) if {
	lib.is_unknown(id)
	lib.pessimistic
}

# _broad(scope): a subscription ("/subscriptions/<id>"), management group
# or tenant root scope, with nothing below it.
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

_tf_owner(attrs) if lib.equals_ignore_case(lib.get(attrs, "role_definition_name", null), "Owner")

_tf_owner(attrs) if _owner_id(lib.get(attrs, "role_definition_id", null))

deny contains v if {
	some r in lib.resources("azurerm_role_assignment")
	_tf_owner(r.attributes)
	scope := lib.get(r.attributes, "scope", null)
	_broad(scope)
	msg := sprintf("role assignment %q grants Owner on a whole subscription or management group (%s); assign a narrower role at a narrower scope", [r.name, lib.show(scope)])
	v := lib.violation(r, ["scope"], msg)
}

# ARM: an explicit scope property. The roleDefinitionId is usually a
# subscriptionResourceId(...) or a literal resource id ending with the
# role's GUID.
deny contains v if {
	some r in lib.arm_resources("Microsoft.Authorization/roleAssignments")
	_owner_id(lib.arm_property(r, "roleDefinitionId", null))
	key := lib.arm_key(r.attributes, "scope")
	scope := lib.get(r.attributes, key, null)
	_broad(scope)
	msg := sprintf("role assignment %q grants Owner on a whole subscription or management group (%s); assign a narrower role at a narrower scope", [r.name, lib.show(scope)])
	v := lib.violation(r, [key], msg)
}
