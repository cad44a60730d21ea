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
