# METADATA
# title: SQL servers must require TLS 1.2 or newer
# description: >-
#   A SQL server that accepts TLS 1.0 or 1.1 (or sets no minimum) lets
#   clients connect with protocol versions whose known weaknesses expose
#   credentials and query results in transit.
# custom:
#   id: AZ-SQL-003
#   severity: MEDIUM
#   category: encryption
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: set minimum_tls_version = "1.2" (or "1.3") on
#     azurerm_mssql_server, or remove it: it defaults to "1.2". ARM: set
#     properties.minimalTlsVersion to "1.2" or "1.3" on Microsoft.Sql/servers.
#   equivalents:
#     checkov: [CKV_AZURE_52]
#     trivy: [AVD-AZU-0026]
#   defaults:
#     - attribute: minimum_tls_version
#       value: "1.2"
#       source: azurerm v3 and later
#     - attribute: properties.minimalTlsVersion
#       value: 1.2 (Azure refuses older versions since August 2025)
#       source: Azure platform default, every apiVersion
#   fix: true
package azure.sql.min_tls

import data.lib

# "Disabled" (azurerm) and "None" (ARM) mean no minimum at all. Absent is
# "1.2" in azurerm v3+, and Azure has refused anything older than 1.2 for
# every server since August 2025, so only an explicit older value is
# reported.
_weak := {"1.0", "1.1", "disabled", "none"}

deny contains v if {
	some r in lib.resources("azurerm_mssql_server")
	tls := lib.get(r.attributes, "minimum_tls_version", "1.2")
	lib.is_in_ignore_case(tls, _weak)
	msg := sprintf(`SQL server %q accepts TLS versions older than 1.2 (minimum_tls_version = %q); set minimum_tls_version = "1.2"`, [r.name, lib.show(tls)])
	v := lib.violation_fix(r, ["minimum_tls_version"], msg, lib.fix_set(`Set minimum_tls_version = "1.2"`, ["minimum_tls_version"], "1.2"))
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.Sql/servers")
	tls := lib.arm_property(r, "minimalTlsVersion", "1.2")
	lib.is_in_ignore_case(tls, _weak)
	path := ["properties", lib.arm_key(lib.arm_properties(r), "minimalTlsVersion")]
	msg := sprintf(`SQL server %q accepts TLS versions older than 1.2 (minimalTlsVersion %q); set properties.minimalTlsVersion to "1.2"`, [r.name, lib.show(tls)])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set properties.minimalTlsVersion to "1.2"`, path, "1.2"))
}
