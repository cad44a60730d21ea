package azure.storage.blob_soft_delete_test

import data.azure.storage.blob_soft_delete as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_sa(attrs) := t.resource("azurerm_storage_account", "sa", attrs)

test_no_soft_delete if {
	_deny([_sa({})]) == {"azurerm_storage_account.sa:"}
	_deny([_sa({"blob_properties": [{"versioning_enabled": true}]})]) == {"azurerm_storage_account.sa:blob_properties.0"}
	_deny([_sa({"blob_properties": [{"delete_retention_policy": [{"days": 3}]}]})]) == {"azurerm_storage_account.sa:blob_properties.0.delete_retention_policy.0.days"}
}

test_fixes if {
	i := t.input_of([_sa({})])
	some v in rule.deny with input as i
	v.fix.actions[0] == {"op": "add_block", "path": ["blob_properties"], "value": {"delete_retention_policy": [{"days": 7}]}}
}

test_soft_delete_and_file_storage_pass if {
	_deny([_sa({"blob_properties": [{"delete_retention_policy": [{}]}]})]) == set()
	_deny([_sa({"blob_properties": [{"delete_retention_policy": [{"days": 30}]}]})]) == set()
	_deny([_sa({"account_kind": "FileStorage"})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_sa({"blob_properties": [{"delete_retention_policy": [{"days": t.unknown("var.days")}]}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_storage_account.sa:blob_properties.0.delete_retention_policy.0.days"}
}

_arm_sa(name, kind) := t.arm_resource("Microsoft.Storage/storageAccounts", name, {"apiVersion": "2023-05-01", "kind": kind, "properties": {}})

_arm_svc(name, props) := t.arm_resource("Microsoft.Storage/storageAccounts/blobServices", name, {"apiVersion": "2023-05-01", "properties": props})

test_arm_no_blob_service if {
	_deny([_arm_sa("acme", "StorageV2")]) == {"Microsoft.Storage/storageAccounts/acme:"}
	_deny([_arm_sa("files", "FileStorage")]) == set()
}

test_arm_blob_service if {
	_deny([_arm_sa("acme", "StorageV2"), _arm_svc("ACME/default", {})]) == {"Microsoft.Storage/storageAccounts/blobServices/ACME/default:properties.deleteRetentionPolicy"}
	_deny([_arm_svc("acme/default", {"deleteRetentionPolicy": {"enabled": false}})]) == {"Microsoft.Storage/storageAccounts/blobServices/acme/default:properties.deleteRetentionPolicy.enabled"}
	_deny([_arm_svc("acme/default", {"deleteRetentionPolicy": {"enabled": true, "days": 1}})]) == {"Microsoft.Storage/storageAccounts/blobServices/acme/default:properties.deleteRetentionPolicy.days"}
	_deny([_arm_sa("acme", "StorageV2"), _arm_svc("acme/default", {"deleteRetentionPolicy": {"enabled": true, "days": 7}})]) == set()
	_deny([_arm_svc("acme/default", {"DeleteRetentionPolicy": {"Enabled": true}})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm_svc("acme/default", {"deleteRetentionPolicy": {"enabled": true, "days": t.unknown("parameters('days')")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Storage/storageAccounts/blobServices/acme/default:properties.deleteRetentionPolicy.days"}

	# a blob service whose name is unknown may be the account's
	named := [_arm_sa("acme", "StorageV2"), _arm_svc("[parameters('account')]/default", {"deleteRetentionPolicy": {"enabled": true}})]
	_deny(named) == set()
	_deny_pessimistic(named) == {"Microsoft.Storage/storageAccounts/acme:"}
}
