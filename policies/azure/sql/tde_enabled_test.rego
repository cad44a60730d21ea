package azure.sql.tde_enabled_test

import data.azure.sql.tde_enabled as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_tde_off if {
	_deny([t.resource("azurerm_mssql_database", "db", {"transparent_data_encryption_enabled": false})]) == {"azurerm_mssql_database.db:transparent_data_encryption_enabled"}
}

test_tde_on_and_absent_pass if {
	_deny([t.resource("azurerm_mssql_database", "db", {})]) == set()
	_deny([t.resource("azurerm_mssql_database", "db", {"transparent_data_encryption_enabled": true})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_mssql_database", "db", {"transparent_data_encryption_enabled": t.unknown("var.tde")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_mssql_database.db:transparent_data_encryption_enabled"}
}

_arm(props) := t.arm_resource("Microsoft.Sql/servers/databases/transparentDataEncryption", "sql/db/current", {"apiVersion": "2023-08-01-preview", "properties": props})

test_arm_tde_off if {
	_deny([_arm({"state": "Disabled"})]) == {"Microsoft.Sql/servers/databases/transparentDataEncryption/sql/db/current:properties.state"}
	_deny([_arm({"State": "disabled"})]) == {"Microsoft.Sql/servers/databases/transparentDataEncryption/sql/db/current:properties.State"}
}

test_arm_tde_on_passes if {
	_deny([_arm({"state": "Enabled"})]) == set()
	_deny([_arm({})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm({"state": t.unknown("parameters('tde')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Sql/servers/databases/transparentDataEncryption/sql/db/current:properties.state"}
}
