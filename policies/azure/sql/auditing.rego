# METADATA
# title: SQL servers must keep audit logs for at least 90 days
# description: >-
#   Without server auditing, or with audit logs kept only a few days, the
#   logins, permission changes and queries that show a breach or an insider
#   misusing data are not recorded long enough to investigate it.
# custom:
#   id: AZ-SQL-004
#   severity: MEDIUM
#   category: logging
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-2.1: ["4.1.1", "4.1.6"]}
#   remediation: >-
#     Terraform: add an azurerm_mssql_server_extended_auditing_policy with
#     server_id = the server's id, enabled = true (the default) and
#     retention_in_days = 90 or more (0 keeps logs forever). ARM: deploy the
#     server's Microsoft.Sql/servers/auditingSettings child ("default") with
#     properties.state "Enabled" and properties.retentionDays 90 or more (or
#     0).
#   equivalents:
#     checkov: [CKV_AZURE_23, CKV_AZURE_24]
#     trivy: [AVD-AZU-0027, AVD-AZU-0025]
#   defaults:
#     - attribute: azurerm_mssql_server_extended_auditing_policy
#       value: absent (no server auditing)
#       source: azurerm v3 and v4
#     - attribute: retention_in_days
#       value: 0 (unlimited)
#       source: azurerm v3 and v4
#     - attribute: Microsoft.Sql/servers/auditingSettings
#       value: absent (no server auditing)
#       source: ARM, every apiVersion
#     - attribute: properties.retentionDays
#       value: 0 (unlimited)
#       source: ARM, every apiVersion
#   fix: false
package azure.sql.auditing

import data.lib

_min_days := 90

_ptype := "azurerm_mssql_server"

_ctype := "azurerm_mssql_server_extended_auditing_policy"

_index := lib.companion_index(_ctype, "server_id", _ptype)

# _short(days): a retention between 1 and 89 days (0 means unlimited).
_short(days) if {
	n := lib.number(days)
	n > 0
	n < _min_days
}

_short(days) if {
	lib.is_unknown(days)
	lib.pessimistic
}

# No auditing policy: neither a companion nor the inline block of azurerm
# v2.
deny contains v if {
	some r in lib.resources(_ptype)
	lib.is_absent(r.attributes, "extended_auditing_policy")
	not lib.has_companion(r, _index, "id")
	fixes := [lib.template(f) |
		lib.plain_address(r) # before building the fix arguments: rarely true
		f := lib.fix_add_resource(
			"Add an azurerm_mssql_server_extended_auditing_policy that keeps audit logs for 90 days",
			r, _ctype,
			{"storage_endpoint": "<storage account primary blob endpoint>", "retention_in_days": _min_days},
			{"server_id": lib.self_ref(r, "id")},
		)
	]
	msg := sprintf("SQL server %q has no auditing; add an azurerm_mssql_server_extended_auditing_policy with retention_in_days = 90 or more", [r.name])
	v := lib.with_related(lib.violation_with_fixes(r, [], msg, fixes), lib.companion_related(r, _index))
}

deny contains v if {
	some c in lib.resources(_ctype)
	lib.is_false(lib.get(c.attributes, "enabled", true))
	msg := sprintf("SQL server auditing policy %q is disabled; set enabled = true", [c.name])
	v := lib.violation_fix(c, ["enabled"], msg, lib.fix_set("Set enabled = true", ["enabled"], true))
}

deny contains v if {
	some c in lib.resources(_ctype)
	days := lib.get(c.attributes, "retention_in_days", 0)
	_short(days)
	msg := sprintf("SQL server auditing policy %q keeps audit logs for %s days only; set retention_in_days = 90 or more (0 keeps them forever)", [c.name, lib.show(days)])
	v := lib.violation_fix(c, ["retention_in_days"], msg, lib.fix_set("Set retention_in_days = 90", ["retention_in_days"], _min_days))
}

# azurerm v2 inline block.
deny contains v if {
	some r in lib.resources(_ptype)
	some i, p in lib.blocks(r.attributes, "extended_auditing_policy")
	days := lib.get(p, "retention_in_days", 0)
	_short(days)
	path := ["extended_auditing_policy", i, "retention_in_days"]
	msg := sprintf("SQL server %q keeps audit logs for %s days only; set retention_in_days = 90 or more (0 keeps them forever)", [r.name, lib.show(days)])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set retention_in_days = 90", path, _min_days))
}

# ARM: auditing is the server's auditingSettings child ("<server>/default"),
# or its extendedAuditingSettings child.
_arm_types := ["Microsoft.Sql/servers/auditingSettings", "Microsoft.Sql/servers/extendedAuditingSettings"]

_arm_children[p] contains s if {
	some type in _arm_types
	some s in lib.arm_resources(type)
	p := lib.azure_arm_ancestor(s, 1)
}

_arm_unknown := {id |
	some type in _arm_types
	some id in lib.azure_arm_unknown_names(type)
}

_arm_has_auditing(r) if _arm_children[lower(r.name)]

_arm_has_auditing(r) if {
	count(_arm_unknown) > 0
	not lib.pessimistic
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.Sql/servers")
	not lib.azure_arm_name_unknown(r)
	not _arm_has_auditing(r)
	msg := sprintf(`SQL server %q has no auditing; deploy its auditingSettings child with properties.state "Enabled" and retentionDays 90 or more`, [r.name])
	v := lib.with_related(lib.violation(r, [], msg), _arm_unknown)
}

deny contains v if {
	some type in _arm_types
	some s in lib.arm_resources(type)
	lib.azure_not_equals_ignore_case(lib.arm_property(s, "state", null), "Enabled")
	path := ["properties", lib.arm_key(lib.arm_properties(s), "state")]
	msg := sprintf(`SQL server auditing %q is disabled; set properties.state to "Enabled"`, [s.name])
	v := lib.violation_fix(s, path, msg, lib.fix_set(`Set properties.state to "Enabled"`, path, "Enabled"))
}

deny contains v if {
	some type in _arm_types
	some s in lib.arm_resources(type)
	days := lib.arm_property(s, "retentionDays", 0)
	_short(days)
	path := ["properties", lib.arm_key(lib.arm_properties(s), "retentionDays")]
	msg := sprintf("SQL server auditing %q keeps audit logs for %s days only; set properties.retentionDays to 90 or more (0 keeps them forever)", [s.name, lib.show(days)])
	v := lib.violation_fix(s, path, msg, lib.fix_set("Set properties.retentionDays to 90", path, _min_days))
}
