package azure.sql.auditing_test

import data.azure.sql.auditing as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_server := t.resource("azurerm_mssql_server", "sql", {})

_policy(attrs) := t.refs(t.resource("azurerm_mssql_server_extended_auditing_policy", "sql", attrs), ["azurerm_mssql_server.sql"])

test_no_auditing if {
	_deny([_server]) == {"azurerm_mssql_server.sql:"}
}

test_missing_policy_fix_is_a_template if {
	i := t.input_of([t.resource("azurerm_mssql_server", "db", {})])
	some v in rule.deny with input as i
	v.fix.template == true
	v.fix.actions[0].value.expressions == {"server_id": "azurerm_mssql_server.db.id"}
}

test_weak_policy if {
	_deny([_server, _policy({"enabled": false})]) == {"azurerm_mssql_server_extended_auditing_policy.sql:enabled"}
	_deny([_server, _policy({"retention_in_days": 30})]) == {"azurerm_mssql_server_extended_auditing_policy.sql:retention_in_days"}
}

test_policy_passes if {
	_deny([_server, _policy({})]) == set()
	_deny([_server, _policy({"retention_in_days": 90})]) == set()
	_deny([_server, _policy({"retention_in_days": 0})]) == set()
}

test_inline_v2_block if {
	_deny([t.resource("azurerm_mssql_server", "s", {"extended_auditing_policy": [{"retention_in_days": 365}]})]) == set()
	_deny([t.resource("azurerm_mssql_server", "s", {"extended_auditing_policy": [{"retention_in_days": 7}]})]) == {"azurerm_mssql_server.s:extended_auditing_policy.0.retention_in_days"}
}

test_unknown_is_inconclusive if {
	rs := [_server, _policy({"retention_in_days": t.unknown("var.days")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_mssql_server_extended_auditing_policy.sql:retention_in_days"}

	floating := t.resource("azurerm_mssql_server_extended_auditing_policy", "f", {"server_id": t.unknown("var.server_id")})
	_deny([_server, floating]) == set()
	_deny_pessimistic([_server, floating]) == {"azurerm_mssql_server.sql:"}
}

_arm_server := t.arm_resource("Microsoft.Sql/servers", "acme-sql", {"apiVersion": "2023-08-01-preview", "properties": {}})

_arm_audit(name, props) := t.arm_resource("Microsoft.Sql/servers/auditingSettings", name, {"apiVersion": "2023-08-01-preview", "properties": props})

test_arm_no_auditing if {
	_deny([_arm_server]) == {"Microsoft.Sql/servers/acme-sql:"}
}

test_arm_weak_auditing if {
	_deny([_arm_server, _arm_audit("acme-sql/default", {"state": "Disabled"})]) == {"Microsoft.Sql/servers/auditingSettings/acme-sql/default:properties.state"}
	_deny([_arm_server, _arm_audit("acme-sql/default", {"state": "Enabled", "retentionDays": 30})]) == {"Microsoft.Sql/servers/auditingSettings/acme-sql/default:properties.retentionDays"}
}

test_arm_auditing_passes if {
	_deny([_arm_server, _arm_audit("ACME-SQL/default", {"State": "enabled", "retentionDays": 90})]) == set()
	_deny([_arm_server, _arm_audit("acme-sql/default", {"state": "Enabled", "isAzureMonitorTargetEnabled": true})]) == set()
	ext := t.arm_resource("Microsoft.Sql/servers/extendedAuditingSettings", "acme-sql/default", {"properties": {"state": "Enabled", "retentionDays": 0}})
	_deny([_arm_server, ext]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm_server, _arm_audit("acme-sql/default", {"state": t.unknown("parameters('state')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Sql/servers/auditingSettings/acme-sql/default:properties.state"}

	named := [_arm_server, _arm_audit("[parameters('server')]/default", {"state": "Enabled"})]
	_deny(named) == set()
	_deny_pessimistic(named) == {"Microsoft.Sql/servers/acme-sql:"}
}
