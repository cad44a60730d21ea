# METADATA
# title: Key vaults must send their audit logs to a diagnostic destination
# description: >-
#   Without a diagnostic setting that exports the AuditEvent log, nobody can
#   tell who read which secret or used which key, so a leak or misuse of the
#   vault goes unnoticed and cannot be investigated.
# custom:
#   id: AZ-KV-006
#   severity: MEDIUM
#   category: logging
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-6.0: ["6.1.1.4"]}
#   remediation: >-
#     Terraform: add an azurerm_monitor_diagnostic_setting with
#     target_resource_id = the vault's id, enabled_log { category_group =
#     "audit" } (or category = "AuditEvent", or category_group = "allLogs")
#     and a Log Analytics workspace, storage account or event hub as
#     destination. ARM: deploy a Microsoft.Insights/diagnosticSettings
#     resource with scope set to the vault (or a
#     Microsoft.KeyVault/vaults/providers/diagnosticSettings child) whose
#     properties.logs enable the AuditEvent category or the audit or allLogs
#     category group.
#   defaults:
#     - attribute: azurerm_monitor_diagnostic_setting targeting the vault
#       value: absent (no audit log export)
#       source: Azure platform default
#     - attribute: Microsoft.Insights/diagnosticSettings scoped to the vault
#       value: absent (no audit log export)
#       source: Azure platform default
#   fix: false
package azure.keyvault.audit_logging

import data.lib

_ctype := "azurerm_monitor_diagnostic_setting"

_audit_categories := {"auditevent"}

_audit_groups := {"audit", "alllogs"}

# _not_audit(x, values): a category or category group value that is not an
# audit one: absent, a known other value, or (pessimistic pass) unknown.
_not_audit(x, values) if x == null

_not_audit(x, values) if {
	is_string(x)
	not lower(x) in values
}

_not_audit(x, values) if {
	lib.is_unknown(x)
	lib.pessimistic
}

_block_not_audit(b) if {
	_not_audit(lib.get(b, "category", null), _audit_categories)
	_not_audit(lib.get(b, "category_group", null), _audit_groups)
}

# The legacy log block (azurerm v3) has enabled, true by default.
_legacy_not_audit(b) if lib.is_false(lib.get(b, "enabled", true))

_legacy_not_audit(b) if _block_not_audit(b)

_no_audit(s) if {
	every b in lib.blocks(s.attributes, "enabled_log") {
		_block_not_audit(b)
	}
	every b in lib.blocks(s.attributes, "log") {
		_legacy_not_audit(b)
	}
}

_floating := lib.floating(_ctype, "target_resource_id", "azurerm_key_vault")

deny contains v if {
	some r in lib.resources("azurerm_key_vault")
	every s in lib.companions(r, _ctype, {}, _floating, "id") {
		_no_audit(s)
	}
	fixes := [lib.template(f) |
		lib.plain_address(r) # before building the fix arguments: rarely true
		f := lib.fix_add_resource(
			"Add a diagnostic setting that sends the vault's audit logs to a Log Analytics workspace",
			r, _ctype,
			{
				"name": "audit-logs",
				"log_analytics_workspace_id": "<Log Analytics workspace ID>",
				"enabled_log": [{"category_group": "audit"}],
			},
			{"target_resource_id": lib.self_ref(r, "id")},
		)
	]
	msg := sprintf(`key vault %q does not export its audit logs; add an azurerm_monitor_diagnostic_setting with enabled_log { category_group = "audit" }`, [r.name])
	related := {s.id | some s in _floating} | {s.id | some s in lib.referrers(r, _ctype)}
	v := lib.with_related(lib.violation_with_fixes(r, [], msg, fixes), related)
}

# ARM: a Microsoft.Insights/diagnosticSettings extension resource whose
# scope names the vault (or that references it), or a legacy
# Microsoft.KeyVault/vaults/providers/diagnosticSettings resource named
# "<vault>/Microsoft.Insights/<setting>".
_arm_scoped := "Microsoft.Insights/diagnosticSettings"

_arm_legacy := "Microsoft.KeyVault/vaults/providers/diagnosticSettings"

_vault_marker := "microsoft.keyvault/vaults/"

_arm_scope_vault(s) := name if {
	scope := lib.arm_get(s.attributes, "scope", null)
	is_string(scope)
	l := lower(scope)
	i := indexof(l, _vault_marker)
	i >= 0
	name := split(substring(l, i + count(_vault_marker), -1), "/")[0]
}

# A setting whose scope is a languageVersion 2.0 symbolic name ("vault"),
# which the template resolves, or unknown, is linked to the vault it
# references (dependsOn, resourceId()). A scope written as a resource path
# names its target itself: a reference then only orders the deployment.
_arm_ref_vault(s) := lower(input.resources[id].name) if {
	not _arm_scope_is_path(s)
	some id in s.references
	lower(input.resources[id].type) == "microsoft.keyvault/vaults"
}

_arm_scope_is_path(s) if contains(lib.arm_get(s.attributes, "scope", ""), "/")

_arm_linked[name] contains s if {
	some s in lib.arm_resources(_arm_scoped)
	name := _arm_scope_vault(s)
}

_arm_linked[name] contains s if {
	some s in lib.arm_resources(_arm_scoped)
	name := _arm_ref_vault(s)
}

_arm_linked[name] contains s if {
	some s in lib.arm_resources(_arm_legacy)
	name := lib.azure_arm_ancestor(s, 2)
}

# Settings that may target any vault: their scope or name is unknown.
_arm_floating contains s if {
	some s in lib.arm_resources(_arm_scoped)
	lib.is_unknown(lib.arm_get(s.attributes, "scope", null))
	not _arm_ref_vault(s)
}

_arm_floating contains s if {
	some s in lib.arm_resources(_arm_legacy)
	lib.azure_arm_name_unknown(s)
}

# Like lib.companions: both passes agree, and the switch is not read, when
# no setting is floating or may not exist.
_arm_companions(r) := linked if {
	count(_arm_floating) == 0
	linked := object.get(_arm_linked, lower(r.name), set())
	not _some_may_not_exist(linked)
} else := object.get(_arm_linked, lower(r.name), set()) | _arm_floating if {
	not lib.pessimistic
} else := {s |
	some s in object.get(_arm_linked, lower(r.name), set())
	not lib.may_not_exist(s)
}

_some_may_not_exist(ss) if {
	some s in ss
	lib.may_not_exist(s)
}

_arm_log_not_audit(l) if lib.is_false_or_absent(l, lib.arm_key(l, "enabled"))

_arm_log_not_audit(l) if {
	_not_audit(lib.arm_get(l, "category", null), _audit_categories)
	_not_audit(lib.arm_get(l, "categoryGroup", null), _audit_groups)
}

_arm_no_audit(s) if {
	props := lib.arm_properties(s)
	every l in lib.as_array(lib.arm_get(props, "logs", null)) {
		_arm_log_not_audit(l)
	}
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.KeyVault/vaults")
	not lib.azure_arm_name_unknown(r)
	every s in _arm_companions(r) {
		_arm_no_audit(s)
	}
	msg := sprintf(`key vault %q does not export its audit logs; add a Microsoft.Insights/diagnosticSettings scoped to it with the "audit" category group enabled`, [r.name])
	related := {s.id | some s in _arm_floating} | {s.id | some s in object.get(_arm_linked, lower(r.name), set())}
	v := lib.with_related(lib.violation(r, [], msg), related)
}
