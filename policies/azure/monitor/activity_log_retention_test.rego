package azure.monitor.activity_log_retention_test

import data.azure.monitor.activity_log_retention as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_profile(name, policy) := t.resource("azurerm_monitor_log_profile", name, {"categories": ["Action", "Delete", "Write"], "locations": ["global"], "retention_policy": [policy]})

test_short_retention if {
	_deny([_profile("a", {"enabled": true, "days": 90}), _profile("b", {"enabled": "true", "days": "364"})]) == {
		"azurerm_monitor_log_profile.a:retention_policy.0.days",
		"azurerm_monitor_log_profile.b:retention_policy.0.days",
	}
}

test_long_forever_or_disabled_pass if {
	_deny([
		_profile("a", {"enabled": true, "days": 365}),
		_profile("b", {"enabled": true, "days": 0}),
		_profile("c", {"enabled": true}),
		_profile("d", {"enabled": false, "days": 30}),
	]) == set()
}

test_fix if {
	some v in rule.deny with input as t.input_of([_profile("a", {"enabled": true, "days": 90})])
	v.fix.actions == [{"op": "set", "path": ["retention_policy", 0, "days"], "value": 365}]
}

test_unknown_is_inconclusive if {
	rs := [_profile("a", {"enabled": true, "days": t.unknown("var.days")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_monitor_log_profile.a:retention_policy.0.days"}
}

_arm(name, policy) := t.arm_resource("Microsoft.Insights/logprofiles", name, {"apiVersion": "2016-03-01", "properties": {"categories": ["Write"], "locations": ["global"], "retentionPolicy": policy}})

test_arm if {
	_deny([
		_arm("a", {"enabled": true, "days": 30}),
		_arm("b", {"Enabled": true, "Days": 400}),
		_arm("c", {"enabled": false, "days": 0}),
	]) == {"Microsoft.Insights/logprofiles/a:properties.retentionPolicy.days"}
	rs := [_arm("d", {"enabled": true, "days": t.unknown("parameters('days')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Insights/logprofiles/d:properties.retentionPolicy.days"}
}
