package azure.storage.public_blob_access_test

import data.azure.storage.public_blob_access as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_public_blobs if {
	_deny([t.resource("azurerm_storage_account", "s", {"allow_nested_items_to_be_public": true})]) == {"azurerm_storage_account.s:allow_nested_items_to_be_public"}
	_deny([t.resource("azurerm_storage_account", "s", {"allow_blob_public_access": true})]) == {"azurerm_storage_account.s:allow_blob_public_access"}
}

test_absent_and_false_pass if {
	_deny([
		t.resource("azurerm_storage_account", "a", {}),
		t.resource("azurerm_storage_account", "b", {"allow_nested_items_to_be_public": false}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_storage_account", "s", {"allow_nested_items_to_be_public": t.unknown("var.public")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_storage_account.s:allow_nested_items_to_be_public"}
}

_sa(name, properties) := t.arm_resource("Microsoft.Storage/storageAccounts", name, {"apiVersion": "2023-01-01", "properties": properties})

test_arm_public_blobs if {
	_deny([_sa("st", {"allowBlobPublicAccess": true})]) == {"Microsoft.Storage/storageAccounts/st:properties.allowBlobPublicAccess"}
}

test_arm_absent_and_false_pass if {
	_deny([_sa("a", {}), _sa("b", {"allowBlobPublicAccess": false})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_sa("st", {"allowBlobPublicAccess": t.unknown("parameters('publicBlobs')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Storage/storageAccounts/st:properties.allowBlobPublicAccess"}
}
