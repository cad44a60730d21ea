package azure.storage.cross_tenant_replication_test

import data.azure.storage.cross_tenant_replication as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_enabled if {
	_deny([t.resource("azurerm_storage_account", "sa", {"cross_tenant_replication_enabled": true})]) == {"azurerm_storage_account.sa:cross_tenant_replication_enabled"}
}

test_absent_and_false_pass if {
	_deny([
		t.resource("azurerm_storage_account", "a", {}),
		t.resource("azurerm_storage_account", "b", {"cross_tenant_replication_enabled": false}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_storage_account", "sa", {"cross_tenant_replication_enabled": t.unknown("var.replication")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_storage_account.sa:cross_tenant_replication_enabled"}
}

_arm(props) := t.arm_resource("Microsoft.Storage/storageAccounts", "st", {"apiVersion": "2023-05-01", "properties": props})

test_arm_enabled if {
	_deny([_arm({"allowCrossTenantReplication": true})]) == {"Microsoft.Storage/storageAccounts/st:properties.allowCrossTenantReplication"}
	_deny([_arm({"AllowCrossTenantReplication": "true"})]) == {"Microsoft.Storage/storageAccounts/st:properties.AllowCrossTenantReplication"}
}

test_arm_absent_and_false_pass if {
	_deny([_arm({})]) == set()
	_deny([_arm({"allowCrossTenantReplication": false})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm({"allowCrossTenantReplication": t.unknown("parameters('replication')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Storage/storageAccounts/st:properties.allowCrossTenantReplication"}
}
