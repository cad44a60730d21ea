package azure.storage.infrastructure_encryption_test

import data.azure.storage.infrastructure_encryption as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_missing_and_false if {
	_deny([t.resource("azurerm_storage_account", "sa", {})]) == {"azurerm_storage_account.sa:infrastructure_encryption_enabled"}
	_deny([t.resource("azurerm_storage_account", "sa", {"infrastructure_encryption_enabled": false, "account_kind": "FileStorage"})]) == {"azurerm_storage_account.sa:infrastructure_encryption_enabled"}
}

test_fix_replaces if {
	i := t.input_of([t.resource("azurerm_storage_account", "sa", {})])
	some v in rule.deny with input as i
	v.fix.replaces == true
	v.fix.actions[0].value == true
}

test_enabled_and_unsupported_kinds_pass if {
	_deny([
		t.resource("azurerm_storage_account", "a", {"infrastructure_encryption_enabled": true}),
		t.resource("azurerm_storage_account", "b", {"account_kind": "Storage"}),
		t.resource("azurerm_storage_account", "c", {"account_kind": "BlobStorage"}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_storage_account", "sa", {"infrastructure_encryption_enabled": t.unknown("var.double")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_storage_account.sa:infrastructure_encryption_enabled"}
}

_arm(kind, props) := t.arm_resource("Microsoft.Storage/storageAccounts", "st", {"apiVersion": "2023-05-01", "kind": kind, "properties": props})

test_arm_missing if {
	_deny([_arm("StorageV2", {})]) == {"Microsoft.Storage/storageAccounts/st:properties.encryption.requireInfrastructureEncryption"}
	_deny([_arm("storagev2", {"Encryption": {"RequireInfrastructureEncryption": false}})]) == {"Microsoft.Storage/storageAccounts/st:properties.Encryption.RequireInfrastructureEncryption"}
}

test_arm_enabled_and_unsupported_pass if {
	_deny([_arm("StorageV2", {"encryption": {"requireInfrastructureEncryption": true}})]) == set()
	_deny([_arm("Storage", {})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm("StorageV2", {"encryption": {"requireInfrastructureEncryption": t.unknown("parameters('double')")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Storage/storageAccounts/st:properties.encryption.requireInfrastructureEncryption"}
}
