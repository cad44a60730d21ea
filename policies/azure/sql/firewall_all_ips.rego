# METADATA
# title: SQL server firewall rules must not allow every IP address
# description: >-
#   A server-level firewall rule from 0.0.0.0 to 255.255.255.255 lets the
#   whole internet reach the SQL server's databases, leaving only their
#   logins to stop password spraying and credential stuffing.
# custom:
#   id: AZ-SQL-002
#   severity: HIGH
#   category: network
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Narrow the rule to the addresses that need access (Terraform:
#     start_ip_address and end_ip_address; ARM: properties.startIpAddress and
#     properties.endIpAddress), or remove it and use a private endpoint. A
#     rule from 0.0.0.0 to 0.0.0.0 only lets in Azure services and is not
#     reported.
#   equivalents:
#     checkov: [CKV_AZURE_11]
#     tfsec: [azure-database-no-public-firewall-access]
#   fix: false
package azure.sql.firewall_all_ips

import data.lib

_tf_types := ["azurerm_mssql_firewall_rule", "azurerm_sql_firewall_rule"]

_msg(name) := sprintf("SQL firewall rule %q allows every IP address (0.0.0.0 to 255.255.255.255); narrow it to the addresses that need access", [name])

_all_ips(start, end) if {
	lib.equals(start, "0.0.0.0")
	lib.equals(end, "255.255.255.255")
}

deny contains v if {
	some type in _tf_types
	some r in lib.resources(type)
	_all_ips(lib.get(r.attributes, "start_ip_address", null), lib.get(r.attributes, "end_ip_address", null))
	v := lib.violation(r, ["end_ip_address"], _msg(r.name))
}

# ARM: standalone Microsoft.Sql/servers/firewallRules resources and rules
# declared as child resources of a server, which the parser turns into
# resources of the same type.
deny contains v if {
	some r in lib.arm_resources("Microsoft.Sql/servers/firewallRules")
	_all_ips(lib.arm_property(r, "startIpAddress", null), lib.arm_property(r, "endIpAddress", null))
	v := lib.violation(r, ["properties", "endIpAddress"], _msg(r.name))
}
