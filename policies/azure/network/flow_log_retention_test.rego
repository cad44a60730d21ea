package azure.network.flow_log_retention_test

import data.azure.network.flow_log_retention as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_log(policy) := t.resource("azurerm_network_watcher_flow_log", "nsg", {"enabled": true, "retention_policy": [policy]})

test_short_retention if {
	_deny([_log({"enabled": true, "days": 30})]) == {"azurerm_network_watcher_flow_log.nsg:retention_policy.0.days"}
	_deny([_log({"enabled": "true", "days": "7"})]) == {"azurerm_network_watcher_flow_log.nsg:retention_policy.0.days"}
}

test_long_forever_or_disabled_pass if {
	_deny([
		_log({"enabled": true, "days": 90}),
		t.resource("azurerm_network_watcher_flow_log", "b", {"retention_policy": [{"enabled": true, "days": 365}]}),
		t.resource("azurerm_network_watcher_flow_log", "c", {"retention_policy": [{"enabled": true, "days": 0}]}),
		t.resource("azurerm_network_watcher_flow_log", "d", {"retention_policy": [{"enabled": false, "days": 7}]}),
		t.resource("azurerm_network_watcher_flow_log", "e", {}),
	]) == set()
}

test_unknown_is_inconclusive if {
	days := [_log({"enabled": true, "days": t.unknown("var.days")})]
	_deny(days) == set()
	_deny_pessimistic(days) == {"azurerm_network_watcher_flow_log.nsg:retention_policy.0.days"}
	enabled := [_log({"enabled": t.unknown("var.retain"), "days": 30})]
	_deny(enabled) == set()
	_deny_pessimistic(enabled) == {"azurerm_network_watcher_flow_log.nsg:retention_policy.0.days"}
	_deny_pessimistic([_log({"enabled": t.unknown("var.retain"), "days": 90})]) == set()
}

test_fix_sets_90_days if {
	some v in rule.deny with input as t.input_of([_log({"enabled": true, "days": 30})])
	v.fix.actions == [{"op": "set", "path": ["retention_policy", 0, "days"], "value": 90}]
}

_arm(props) := _arm_named("nsg", props)

_arm_named(name, props) := t.arm_resource("Microsoft.Network/networkWatchers/flowLogs", sprintf("NetworkWatcher_westeurope/%s", [name]), {"apiVersion": "2023-09-01", "properties": props})

test_arm_short_retention if {
	_deny([_arm({"enabled": true, "retentionPolicy": {"enabled": true, "days": 14}})]) == {"Microsoft.Network/networkWatchers/flowLogs/NetworkWatcher_westeurope/nsg:properties.retentionPolicy.days"}
	_deny([_arm({"RetentionPolicy": {"Enabled": true, "Days": 14}})]) == {"Microsoft.Network/networkWatchers/flowLogs/NetworkWatcher_westeurope/nsg:properties.retentionPolicy.days"}
}

test_arm_pass if {
	_deny([
		_arm_named("a", {"retentionPolicy": {"enabled": true, "days": 90}}),
		_arm_named("b", {"retentionPolicy": {"enabled": false, "days": 0}}),
		_arm_named("c", {}),
	]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm({"retentionPolicy": {"enabled": true, "days": t.unknown("parameters('days')")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Network/networkWatchers/flowLogs/NetworkWatcher_westeurope/nsg:properties.retentionPolicy.days"}
	whole := [_arm({"retentionPolicy": t.unknown("parameters('retention')")})]
	_deny(whole) == set()
	_deny_pessimistic(whole) == {"Microsoft.Network/networkWatchers/flowLogs/NetworkWatcher_westeurope/nsg:properties.retentionPolicy.days"}
}
