package azure.keyvault.audit_logging_test

import data.azure.keyvault.audit_logging as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_kv := t.resource("azurerm_key_vault", "kv", {})

_diag(attrs) := t.refs(t.resource("azurerm_monitor_diagnostic_setting", "d", attrs), ["azurerm_key_vault.kv"])

test_no_setting if {
	_deny([_kv]) == {"azurerm_key_vault.kv:"}
}

test_fix_is_a_template if {
	i := t.input_of([_kv])
	some v in rule.deny with input as i
	v.fix.template == true
	v.fix.actions[0].value.expressions == {"target_resource_id": "azurerm_key_vault.kv.id"}
}

test_setting_without_audit if {
	_deny([_kv, _diag({"enabled_log": [{"category": "AzurePolicyEvaluationDetails"}]})]) == {"azurerm_key_vault.kv:"}
	_deny([_kv, _diag({"log": [{"category": "AuditEvent", "enabled": false}]})]) == {"azurerm_key_vault.kv:"}
	_deny([_kv, _diag({"metric": [{"category": "AllMetrics"}]})]) == {"azurerm_key_vault.kv:"}
}

test_audit_setting_passes if {
	_deny([_kv, _diag({"enabled_log": [{"category": "AuditEvent"}]})]) == set()
	_deny([_kv, _diag({"enabled_log": [{"category_group": "audit"}]})]) == set()
	_deny([_kv, _diag({"enabled_log": [{"category_group": "allLogs"}]})]) == set()
	_deny([_kv, _diag({"log": [{"category": "AuditEvent"}]})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_kv, _diag({"enabled_log": [{"category_group": t.unknown("var.group")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_key_vault.kv:"}

	# a setting whose target is unknown may be the vault's
	floating := t.resource("azurerm_monitor_diagnostic_setting", "f", {"target_resource_id": t.unknown("var.target"), "enabled_log": [{"category_group": "audit"}]})
	_deny([_kv, floating]) == set()
	_deny_pessimistic([_kv, floating]) == {"azurerm_key_vault.kv:"}
}

_arm_kv(name) := t.arm_resource("Microsoft.KeyVault/vaults", name, {"apiVersion": "2023-07-01", "properties": {}})

_arm_diag(name, scope, logs) := t.arm_resource("Microsoft.Insights/diagnosticSettings", name, {"apiVersion": "2021-05-01-preview", "scope": scope, "properties": {"workspaceId": "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/w", "logs": logs}})

test_arm_no_setting if {
	_deny([_arm_kv("acme-kv")]) == {"Microsoft.KeyVault/vaults/acme-kv:"}
	_deny([_arm_kv("acme-kv"), _arm_diag("audit", "Microsoft.KeyVault/vaults/other-kv", [{"categoryGroup": "audit", "enabled": true}])]) == {"Microsoft.KeyVault/vaults/acme-kv:"}
	_deny([_arm_kv("acme-kv"), _arm_diag("audit", "Microsoft.KeyVault/vaults/acme-kv", [{"categoryGroup": "audit", "enabled": false}])]) == {"Microsoft.KeyVault/vaults/acme-kv:"}
}

test_arm_audit_setting_passes if {
	_deny([_arm_kv("acme-kv"), _arm_diag("audit", "Microsoft.KeyVault/vaults/Acme-KV", [{"categoryGroup": "audit", "enabled": true}])]) == set()
	_deny([_arm_kv("acme-kv"), _arm_diag("audit", "/subscriptions/x/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/acme-kv", [{"category": "AuditEvent", "enabled": true}])]) == set()
	legacy := t.arm_resource("Microsoft.KeyVault/vaults/providers/diagnosticSettings", "acme-kv/Microsoft.Insights/audit", {"properties": {"logs": [{"Category": "AuditEvent", "Enabled": true}]}})
	_deny([_arm_kv("acme-kv"), legacy]) == set()
	symbolic := t.refs(_arm_diag("audit", "vault", [{"categoryGroup": "allLogs", "enabled": true}]), ["Microsoft.KeyVault/vaults/acme-kv"])
	_deny([_arm_kv("acme-kv"), symbolic]) == set()
}

test_arm_setting_of_another_resource_is_not_the_vaults if {
	# the storage account's setting depends on the vault (for its key) but
	# exports the account's logs
	other := t.refs(_arm_diag("audit", "Microsoft.Storage/storageAccounts/acme", [{"categoryGroup": "audit", "enabled": true}]), ["Microsoft.KeyVault/vaults/acme-kv"])
	_deny([_arm_kv("acme-kv"), other]) == {"Microsoft.KeyVault/vaults/acme-kv:"}
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm_kv("acme-kv"), _arm_diag("audit", "Microsoft.KeyVault/vaults/acme-kv", [{"categoryGroup": t.unknown("parameters('group')"), "enabled": true}])]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.KeyVault/vaults/acme-kv:"}

	floating := [_arm_kv("acme-kv"), _arm_diag("audit", t.unknown("parameters('scope')"), [{"categoryGroup": "audit", "enabled": true}])]
	_deny(floating) == set()
	_deny_pessimistic(floating) == {"Microsoft.KeyVault/vaults/acme-kv:"}
}
