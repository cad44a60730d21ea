# METADATA
# title: SQL servers must have a Microsoft Entra ID administrator
# description: >-
#   A SQL server without a Microsoft Entra ID administrator can only be
#   reached with SQL logins and passwords, which escape conditional access,
#   multi-factor authentication and central account lifecycle.
# custom:
#   id: AZ-SQL-005
#   severity: MEDIUM
#   category: identity
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-2.1: ["4.1.4"]}
#   remediation: >-
#     Terraform: add an azuread_administrator block (login_username and
#     object_id of an Entra ID group, azuread_authentication_only = true to
#     turn SQL logins off) to azurerm_mssql_server. ARM: set
#     properties.administrators (administratorType "ActiveDirectory", login,
#     sid, azureADOnlyAuthentication) on Microsoft.Sql/servers, or deploy a
#     Microsoft.Sql/servers/administrators child ("ActiveDirectory").
#   equivalents:
#     checkov: [CKV2_AZURE_27]
#   defaults:
#     - attribute: azuread_administrator
#       value: absent (SQL authentication only)
#       source: azurerm v3 and later
#     - attribute: properties.administrators
#       value: absent (SQL authentication only)
#       source: ARM, every apiVersion
#   fix: false
package azure.sql.entra_admin

import data.lib

# An administrator set with the azurerm v2/v3 standalone resource.
_legacy := "azurerm_sql_active_directory_administrator"

_legacy_by_name[name] contains a if {
	some a in lib.resources(_legacy)
	name := a.attributes.server_name
	is_string(name)
}

_legacy_admin(r) if count(lib.referrers(r, _legacy)) > 0

_legacy_admin(r) if {
	name := r.attributes.name
	is_string(name)
	_legacy_by_name[name]
}

# _maybe_missing(obj, key): obj[key] is absent, or (pessimistic pass) unknown
# before deploy, such as a dynamic block over an unknown collection, which
# may turn out empty.
_maybe_missing(obj, key) if lib.is_absent(obj, key)

_maybe_missing(obj, key) if {
	some b in lib.blocks(obj, key)
	lib.is_unknown(b)
	lib.pessimistic
}

deny contains v if {
	some r in lib.resources("azurerm_mssql_server")
	_maybe_missing(r.attributes, "azuread_administrator")
	not _legacy_admin(r)
	fix := lib.template(lib.fix_add_block(
		"Add an Entra ID administrator and turn SQL logins off",
		["azuread_administrator"],
		{"login_username": "<Entra ID group name>", "object_id": "<Entra ID group object ID>", "azuread_authentication_only": true},
	))
	msg := sprintf("SQL server %q has no Microsoft Entra ID administrator; add an azuread_administrator block", [r.name])
	v := lib.violation_fix(r, [], msg, fix)
}

# ARM: properties.administrators, or a Microsoft.Sql/servers/administrators
# child named "<server>/ActiveDirectory".
_arm_admin_type := "Microsoft.Sql/servers/administrators"

_arm_admins := lib.azure_arm_children_by_parent(_arm_admin_type, 1)

_arm_unknown := lib.azure_arm_unknown_names(_arm_admin_type)

_arm_has_admin(r) if _arm_admins[lower(r.name)]

_arm_has_admin(r) if {
	count(_arm_unknown) > 0
	not lib.pessimistic
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.Sql/servers")
	not lib.azure_arm_name_unknown(r)
	props := lib.arm_properties(r)
	_maybe_missing(props, lib.arm_key(props, "administrators"))
	not _arm_has_admin(r)
	msg := sprintf("SQL server %q has no Microsoft Entra ID administrator; set properties.administrators", [r.name])
	v := lib.with_related(lib.violation(r, [], msg), _arm_unknown)
}
