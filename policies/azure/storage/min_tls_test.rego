package azure.storage.min_tls_test

import data.azure.storage.min_tls as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_old_tls if {
	_deny([t.resource("azurerm_storage_account", "s", {"min_tls_version": "TLS1_0"})]) == {"azurerm_storage_account.s:min_tls_version"}
	_deny([t.resource("azurerm_storage_account", "s", {"min_tls_version": "TLS1_1"})]) == {"azurerm_storage_account.s:min_tls_version"}
}

test_default_and_modern_pass if {
	_deny([
		t.resource("azurerm_storage_account", "a", {}),
		t.resource("azurerm_storage_account", "b", {"min_tls_version": "TLS1_2"}),
		t.resource("azurerm_storage_account", "c", {"min_tls_version": "TLS1_3"}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_storage_account", "s", {"min_tls_version": t.unknown("var.tls")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_storage_account.s:min_tls_version"}
}

_sa(name, properties) := t.arm_resource("Microsoft.Storage/storageAccounts", name, {"apiVersion": "2023-01-01", "properties": properties})

test_arm_old_tls if {
	_deny([_sa("st", {"minimumTlsVersion": "TLS1_0"})]) == {"Microsoft.Storage/storageAccounts/st:properties.minimumTlsVersion"}
	_deny([_sa("st", {"minimumTlsVersion": "TLS1_1"})]) == {"Microsoft.Storage/storageAccounts/st:properties.minimumTlsVersion"}
	_deny([_sa("st", {"minimumTlsVersion": "tls1_1"})]) == {"Microsoft.Storage/storageAccounts/st:properties.minimumTlsVersion"}
}

test_arm_default_and_modern_pass if {
	_deny([
		_sa("a", {}),
		_sa("b", {"minimumTlsVersion": "TLS1_2"}),
		_sa("c", {"minimumTlsVersion": "TLS1_3"}),
	]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_sa("st", {"minimumTlsVersion": t.unknown("parameters('minTls')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Storage/storageAccounts/st:properties.minimumTlsVersion"}
}
