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

_sa(attributes) := t.arm_resource("Microsoft.Storage/storageAccounts", "st", attributes)

test_arm_http_allowed if {
	_deny([_sa({"apiVersion": "2023-01-01", "properties": {"supportsHttpsTrafficOnly": false}})]) == {"Microsoft.Storage/storageAccounts/st:properties.supportsHttpsTrafficOnly"}

	# before API version 2019-04-01 the property defaulted to false
	_deny([_sa({"apiVersion": "2018-07-01", "properties": {}})]) == {"Microsoft.Storage/storageAccounts/st:properties.supportsHttpsTrafficOnly"}
	_deny([_sa({"apiVersion": "2018-07-01"})]) == {"Microsoft.Storage/storageAccounts/st:properties.supportsHttpsTrafficOnly"}
}

test_arm_default_and_true_pass if {
	_deny([
		_sa({"apiVersion": "2023-01-01", "properties": {}}),
		t.arm_resource("Microsoft.Storage/storageAccounts", "b", {"apiVersion": "2018-07-01", "properties": {"supportsHttpsTrafficOnly": true}}),
		t.arm_resource("Microsoft.Storage/storageAccounts/blobServices", "st/default", {"properties": {"supportsHttpsTrafficOnly": false}}),
	]) == set()
}

test_arm_unknown_is_inconclusive if {
	value := [_sa({"apiVersion": "2023-01-01", "properties": {"supportsHttpsTrafficOnly": t.unknown("parameters('httpsOnly')")}})]
	_deny(value) == set()
	_deny_pessimistic(value) == {"Microsoft.Storage/storageAccounts/st:properties.supportsHttpsTrafficOnly"}

	whole := [_sa({"apiVersion": "2023-01-01", "properties": t.unknown("parameters('props')")})]
	_deny(whole) == set()
	_deny_pessimistic(whole) == {"Microsoft.Storage/storageAccounts/st:properties.supportsHttpsTrafficOnly"}
}

test_arm_property_names_ignore_case if {
	_deny([_sa({"apiVersion": "2023-01-01", "Properties": {"SupportsHttpsTrafficOnly": false}})]) == {"Microsoft.Storage/storageAccounts/st:properties.supportsHttpsTrafficOnly"}
	_deny([_sa({"apiVersion": "2018-07-01", "properties": {"SupportsHttpsTrafficOnly": true}})]) == set()
}
