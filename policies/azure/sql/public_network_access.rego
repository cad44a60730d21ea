# METADATA
# title: SQL servers must not allow public network access
# description: >-
#   With public network access enabled, an Azure SQL logical server has an
#   endpoint on the internet and only its firewall rules stand between its
#   databases and password spraying or exploits from anywhere.
# custom:
#   id: AZ-SQL-001
#   severity: MEDIUM
#   category: network
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: set public_network_access_enabled = false on
#     azurerm_mssql_server (it defaults to true). ARM: set
#     properties.publicNetworkAccess to "Disabled" on Microsoft.Sql/servers
#     (absent means "Enabled"). Reach the server through a private endpoint.
#   equivalents:
#     checkov: [CKV_AZURE_113]
#     tfsec: [azure-database-no-public-access]
#   fix: true
package azure.sql.public_network_access

import data.lib

# Terraform: public_network_access_enabled defaults to true.
deny contains v if {
	some r in lib.resources("azurerm_mssql_server")
	lib.is_true_or_absent(r.attributes, "public_network_access_enabled")
	msg := sprintf("SQL server %q allows public network access; set public_network_access_enabled = false", [r.name])
	fix := lib.fix_set("Set public_network_access_enabled = false", ["public_network_access_enabled"], false)
	v := lib.violation_fix(r, ["public_network_access_enabled"], msg, fix)
}

# ARM: publicNetworkAccess is "Enabled", "Disabled" or "SecuredByPerimeter";
# Azure treats an absent value as "Enabled".
deny contains v if {
	some r in lib.arm_resources("Microsoft.Sql/servers")
	lib.equals_ignore_case(lib.arm_property(r, "publicNetworkAccess", "Enabled"), "Enabled")
	msg := sprintf(`SQL server %q allows public network access; set properties.publicNetworkAccess to "Disabled"`, [r.name])
	fix := lib.fix_set(`Set properties.publicNetworkAccess to "Disabled"`, ["properties", "publicNetworkAccess"], "Disabled")
	v := lib.violation_fix(r, ["properties", "publicNetworkAccess"], msg, fix)
}
