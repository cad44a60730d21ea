package azure.storage.https_only_test

import data.azure.storage.https_only as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_http_allowed if {
	_deny([t.resource("azurerm_storage_account", "s", {"enable_https_traffic_only": false})]) == {"azurerm_storage_account.s:enable_https_traffic_only"}
	_deny([t.resource("azurerm_storage_account", "s", {"https_traffic_only_enabled": false})]) == {"azurerm_storage_account.s:https_traffic_only_enabled"}
}

test_default_and_true_pass if {
	_deny([
		t.resource("azurerm_storage_account", "a", {}),
		t.resource("azurerm_storage_account", "b", {"https_traffic_only_enabled": true}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_storage_account", "s", {"https_traffic_only_enabled": t.unknown("var.https")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_storage_account.s:https_traffic_only_enabled"}
}
