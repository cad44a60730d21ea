package azure.sql.entra_admin_test

import data.azure.sql.entra_admin as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_no_admin if {
	_deny([t.resource("azurerm_mssql_server", "sql", {"name": "acme-sql"})]) == {"azurerm_mssql_server.sql:"}
}

test_fix_is_a_template if {
	i := t.input_of([t.resource("azurerm_mssql_server", "sql", {})])
	some v in rule.deny with input as i
	v.fix.template == true
	v.fix.actions[0].op == "add_block"
}

test_admin_passes if {
	_deny([t.resource("azurerm_mssql_server", "sql", {"azuread_administrator": [{"login_username": "dba", "object_id": "x"}]})]) == set()
	legacy := t.resource("azurerm_sql_active_directory_administrator", "a", {"server_name": "acme-sql"})
	_deny([t.resource("azurerm_mssql_server", "sql", {"name": "acme-sql"}), legacy]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_mssql_server", "sql", {"azuread_administrator": t.unknown("var.admins")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_mssql_server.sql:"}
}

_arm(props) := t.arm_resource("Microsoft.Sql/servers", "acme-sql", {"apiVersion": "2023-08-01-preview", "properties": props})

test_arm_no_admin if {
	_deny([_arm({"administratorLogin": "sqladmin"})]) == {"Microsoft.Sql/servers/acme-sql:"}
}

test_arm_admin_passes if {
	_deny([_arm({"Administrators": {"administratorType": "ActiveDirectory", "login": "dba", "sid": "x"}})]) == set()
	child := t.arm_resource("Microsoft.Sql/servers/administrators", "acme-sql/ActiveDirectory", {"properties": {"login": "dba", "sid": "x"}})
	_deny([_arm({}), child]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm({"administrators": t.unknown("parameters('admins')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Sql/servers/acme-sql:"}
}
