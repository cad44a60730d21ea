package azure.messaging.min_tls_test

import data.azure.messaging.min_tls as rule
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
	_deny([
		t.resource("azurerm_eventhub_namespace", "a", {"sku": "Standard", "minimum_tls_version": "1.0"}),
		t.resource("azurerm_servicebus_namespace", "b", {"sku": "Premium", "minimum_tls_version": "1.1"}),
	]) == {"azurerm_eventhub_namespace.a:minimum_tls_version", "azurerm_servicebus_namespace.b:minimum_tls_version"}
}

test_default_and_modern_pass if {
	_deny([
		t.resource("azurerm_eventhub_namespace", "a", {"sku": "Standard"}),
		t.resource("azurerm_servicebus_namespace", "b", {"minimum_tls_version": "1.2"}),
		t.resource("azurerm_servicebus_namespace", "c", {"minimum_tls_version": "1.3"}),
	]) == set()
}

test_fix if {
	some v in rule.deny with input as t.input_of([t.resource("azurerm_eventhub_namespace", "a", {"minimum_tls_version": "1.0"})])
	v.fix.actions == [{"op": "set", "path": ["minimum_tls_version"], "value": "1.2"}]
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_servicebus_namespace", "a", {"minimum_tls_version": t.unknown("var.tls")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_servicebus_namespace.a:minimum_tls_version"}
}

test_arm if {
	_deny([
		t.arm_resource("Microsoft.EventHub/namespaces", "a", {"properties": {"minimumTlsVersion": "1.0"}}),
		t.arm_resource("microsoft.servicebus/namespaces", "b", {"Properties": {"MinimumTlsVersion": "1.1"}}),
		t.arm_resource("Microsoft.ServiceBus/namespaces", "c", {"properties": {}}),
		t.arm_resource("Microsoft.EventHub/namespaces", "d", {"properties": {"minimumTlsVersion": "1.2"}}),
	]) == {"Microsoft.EventHub/namespaces/a:properties.minimumTlsVersion", "microsoft.servicebus/namespaces/b:properties.minimumTlsVersion"}
	rs := [t.arm_resource("Microsoft.EventHub/namespaces", "e", {"properties": {"minimumTlsVersion": t.unknown("parameters('tls')")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.EventHub/namespaces/e:properties.minimumTlsVersion"}
}
