package azure.sql.min_tls_test

import data.azure.sql.min_tls as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_server(attrs) := t.resource("azurerm_mssql_server", "db", attrs)

test_weak_tls if {
	_deny([_server({"minimum_tls_version": "1.0"})]) == {"azurerm_mssql_server.db:minimum_tls_version"}
	_deny([_server({"minimum_tls_version": "1.1"})]) == {"azurerm_mssql_server.db:minimum_tls_version"}
	_deny([_server({"minimum_tls_version": "Disabled"})]) == {"azurerm_mssql_server.db:minimum_tls_version"}
}

test_strong_and_absent_pass if {
	_deny([_server({})]) == set()
	_deny([_server({"minimum_tls_version": "1.2"})]) == set()
	_deny([_server({"minimum_tls_version": "1.3"})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_server({"minimum_tls_version": t.unknown("var.tls")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_mssql_server.db:minimum_tls_version"}
}

_arm(props) := t.arm_resource("Microsoft.Sql/servers", "sql", {"apiVersion": "2023-08-01-preview", "properties": props})

test_arm_weak_tls if {
	_deny([_arm({"minimalTlsVersion": "1.1"})]) == {"Microsoft.Sql/servers/sql:properties.minimalTlsVersion"}
	_deny([_arm({"MinimalTlsVersion": "None"})]) == {"Microsoft.Sql/servers/sql:properties.MinimalTlsVersion"}
}

test_arm_strong_and_absent_pass if {
	_deny([_arm({})]) == set()
	_deny([_arm({"minimalTlsVersion": "1.3"})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm({"minimalTlsVersion": t.unknown("parameters('tls')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Sql/servers/sql:properties.minimalTlsVersion"}
}
