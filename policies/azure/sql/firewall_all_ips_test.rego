package azure.sql.firewall_all_ips_test

import data.azure.sql.firewall_all_ips as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_fw(type, start, end) := t.resource(type, "fw", {"start_ip_address": start, "end_ip_address": end})

test_all_ips if {
	_deny([_fw("azurerm_mssql_firewall_rule", "0.0.0.0", "255.255.255.255")]) == {"azurerm_mssql_firewall_rule.fw:end_ip_address"}
	_deny([_fw("azurerm_sql_firewall_rule", "0.0.0.0", "255.255.255.255")]) == {"azurerm_sql_firewall_rule.fw:end_ip_address"}
}

test_narrow_and_azure_services_pass if {
	_deny([_fw("azurerm_mssql_firewall_rule", "0.0.0.0", "0.0.0.0")]) == set()
	_deny([_fw("azurerm_mssql_firewall_rule", "203.0.113.0", "203.0.113.255")]) == set()
	_deny([_fw("azurerm_mssql_firewall_rule", "1.0.0.0", "255.255.255.255")]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_fw("azurerm_mssql_firewall_rule", "0.0.0.0", t.unknown("var.end"))]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_mssql_firewall_rule.fw:end_ip_address"}

	# a known bound that excludes "everything" settles it
	narrow := [_fw("azurerm_mssql_firewall_rule", t.unknown("var.start"), "10.0.0.255")]
	_deny_pessimistic(narrow) == set()
}

_arm_fw(name, properties) := t.arm_resource("Microsoft.Sql/servers/firewallRules", name, {"apiVersion": "2023-08-01-preview", "properties": properties})

test_arm_all_ips if {
	_deny([_arm_fw("sql/all", {"startIpAddress": "0.0.0.0", "endIpAddress": "255.255.255.255"})]) == {"Microsoft.Sql/servers/firewallRules/sql/all:properties.endIpAddress"}

	# the type is matched without regard to case, as ARM does
	lower := t.arm_resource("microsoft.sql/servers/firewallrules", "sql/all", {"properties": {"startIpAddress": "0.0.0.0", "endIpAddress": "255.255.255.255"}})
	_deny([lower]) == {"microsoft.sql/servers/firewallrules/sql/all:properties.endIpAddress"}
}

test_arm_narrow_and_azure_services_pass if {
	_deny([
		_arm_fw("sql/AllowAllWindowsAzureIps", {"startIpAddress": "0.0.0.0", "endIpAddress": "0.0.0.0"}),
		_arm_fw("sql/office", {"startIpAddress": "203.0.113.0", "endIpAddress": "203.0.113.255"}),
	]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm_fw("sql/client", {"startIpAddress": t.unknown("parameters('startIp')"), "endIpAddress": t.unknown("parameters('endIp')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Sql/servers/firewallRules/sql/client:properties.endIpAddress"}
}
