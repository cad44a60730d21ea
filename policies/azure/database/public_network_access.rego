# METADATA
# title: PostgreSQL and MySQL servers must not allow public network access
# description: >-
#   A PostgreSQL or MySQL server with public network access has an endpoint
#   on the internet, where only its firewall rules and passwords stand
#   between the database and password spraying or exploits from anywhere.
# custom:
#   id: AZ-DB-002
#   severity: MEDIUM
#   category: network
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: set public_network_access_enabled = false on
#     azurerm_postgresql_flexible_server and the single servers,
#     public_network_access = "Disabled" on azurerm_mysql_flexible_server,
#     or integrate the flexible server into a virtual network with
#     delegated_subnet_id. ARM: set properties.network.publicNetworkAccess
#     (flexible servers) or properties.publicNetworkAccess (single servers)
#     to "Disabled". Reach the server through a private endpoint or the
#     virtual network first.
#   equivalents:
#     checkov: [CKV_AZURE_68, CKV_AZURE_53]
#   defaults:
#     - attribute: public_network_access_enabled (PostgreSQL flexible server)
#       value: true without delegated_subnet_id; false with it
#       source: azurerm v3 and v4
#     - attribute: public_network_access (MySQL flexible server)
#       value: Enabled without delegated_subnet_id; Disabled with it
#       source: azurerm v4
#     - attribute: public_network_access_enabled (single servers)
#       value: true
#       source: azurerm v3
#     - attribute: properties.network.publicNetworkAccess
#       value: Enabled without network.delegatedSubnetResourceId
#       source: ARM, every apiVersion
#     - attribute: properties.publicNetworkAccess (single servers)
#       value: Enabled
#       source: ARM, every apiVersion
#   fix: true
package azure.database.public_network_access

import data.lib

_msg(kind, name, fix) := sprintf("%s %q allows public network access; %s", [kind, name, fix])

# A flexible server integrated into a virtual network (delegated subnet)
# has no public endpoint, whatever the provider version's default says.
_not_vnet(attrs) if lib.is_absent(attrs, "delegated_subnet_id")

_pg_flexible_public(r) if lib.is_true(lib.get(r.attributes, "public_network_access_enabled", null))

_pg_flexible_public(r) if {
	lib.is_absent(r.attributes, "public_network_access_enabled")
	_not_vnet(r.attributes)
}

deny contains v if {
	some r in lib.resources("azurerm_postgresql_flexible_server")
	_pg_flexible_public(r)
	path := ["public_network_access_enabled"]
	msg := _msg("PostgreSQL flexible server", r.name, "set public_network_access_enabled = false")
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set public_network_access_enabled = false (clients need a private endpoint or the virtual network)", path, false))
}

_mysql_flexible_public(r) if lib.equals_ignore_case(lib.get(r.attributes, "public_network_access", null), "Enabled")

_mysql_flexible_public(r) if {
	lib.is_absent(r.attributes, "public_network_access")
	_not_vnet(r.attributes)
}

deny contains v if {
	some r in lib.resources("azurerm_mysql_flexible_server")
	_mysql_flexible_public(r)
	path := ["public_network_access"]
	msg := _msg("MySQL flexible server", r.name, `set public_network_access = "Disabled"`)
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set public_network_access = "Disabled" (clients need a private endpoint or the virtual network)`, path, "Disabled"))
}

_single := {
	"azurerm_postgresql_server": "PostgreSQL server",
	"azurerm_mysql_server": "MySQL server",
	"azurerm_mariadb_server": "MariaDB server",
}

deny contains v if {
	some type, kind in _single
	some r in lib.resources(type)
	lib.is_true_or_absent(r.attributes, "public_network_access_enabled")
	path := ["public_network_access_enabled"]
	msg := _msg(kind, r.name, "set public_network_access_enabled = false")
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set public_network_access_enabled = false (clients need a private endpoint)", path, false))
}

# ARM flexible servers: properties.network.publicNetworkAccess, absent
# meaning Enabled unless the server has a delegated subnet.
_arm_flexible := {
	"Microsoft.DBforPostgreSQL/flexibleServers": "PostgreSQL flexible server",
	"Microsoft.DBforMySQL/flexibleServers": "MySQL flexible server",
}

_arm_flexible_public(network) if lib.equals_ignore_case(lib.arm_get(network, "publicNetworkAccess", null), "Enabled")

_arm_flexible_public(network) if {
	lib.is_absent(network, lib.arm_key(network, "publicNetworkAccess"))
	lib.is_absent(network, lib.arm_key(network, "delegatedSubnetResourceId"))
}

deny contains v if {
	some type, kind in _arm_flexible
	some r in lib.arm_resources(type)
	props := lib.arm_properties(r)
	network := lib.arm_get(props, "network", {})
	_arm_flexible_public(network)
	path := ["properties", lib.arm_key(props, "network"), lib.arm_key(network, "publicNetworkAccess")]
	msg := _msg(kind, r.name, `set properties.network.publicNetworkAccess to "Disabled"`)
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set properties.network.publicNetworkAccess to "Disabled" (clients need a private endpoint or the virtual network)`, path, "Disabled"))
}

_arm_single := {
	"Microsoft.DBforPostgreSQL/servers": "PostgreSQL server",
	"Microsoft.DBforMySQL/servers": "MySQL server",
	"Microsoft.DBforMariaDB/servers": "MariaDB server",
}

deny contains v if {
	some type, kind in _arm_single
	some r in lib.arm_resources(type)
	lib.azure_arm_public_enabled(r)
	path := ["properties", lib.arm_key(lib.arm_properties(r), "publicNetworkAccess")]
	msg := _msg(kind, r.name, `set properties.publicNetworkAccess to "Disabled"`)
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set properties.publicNetworkAccess to "Disabled" (clients need a private endpoint)`, path, "Disabled"))
}
