# METADATA
# title: SQL databases must keep transparent data encryption on
# description: >-
#   With transparent data encryption turned off, the database files, logs
#   and backups are stored unencrypted, so anyone who obtains a copy of them
#   can read the data.
# custom:
#   id: AZ-SQL-006
#   severity: MEDIUM
#   category: encryption
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-2.1: ["4.1.5"]}
#   remediation: >-
#     Terraform: set transparent_data_encryption_enabled = true on
#     azurerm_mssql_database, or remove it: it defaults to true. ARM: set
#     properties.state to "Enabled" on
#     Microsoft.Sql/servers/databases/transparentDataEncryption ("current").
#   defaults:
#     - attribute: transparent_data_encryption_enabled
#       value: true
#       source: azurerm v3 and later
#     - attribute: properties.state (transparentDataEncryption)
#       value: Enabled for new databases
#       source: Azure platform default
#   fix: true
package azure.sql.tde_enabled

import data.lib

# Absent means enabled (azurerm v3+, and Azure turns TDE on for new
# databases), so only an explicit false or "Disabled" is reported.
deny contains v if {
	some r in lib.resources("azurerm_mssql_database")
	lib.is_false(lib.get(r.attributes, "transparent_data_encryption_enabled", true))
	msg := sprintf("SQL database %q has transparent data encryption turned off; set transparent_data_encryption_enabled = true", [r.name])
	fix := lib.fix_set("Set transparent_data_encryption_enabled = true", ["transparent_data_encryption_enabled"], true)
	v := lib.violation_fix(r, ["transparent_data_encryption_enabled"], msg, fix)
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.Sql/servers/databases/transparentDataEncryption")
	lib.equals_ignore_case(lib.arm_property(r, "state", "Enabled"), "Disabled")
	path := ["properties", lib.arm_key(lib.arm_properties(r), "state")]
	msg := sprintf(`SQL database encryption %q turns transparent data encryption off; set properties.state to "Enabled"`, [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set properties.state to "Enabled"`, path, "Enabled"))
}
