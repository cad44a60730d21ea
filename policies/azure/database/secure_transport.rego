# METADATA
# title: PostgreSQL and MySQL servers must require TLS 1.2 connections
# description: >-
#   A PostgreSQL or MySQL server that accepts unencrypted connections, or TLS
#   versions older than 1.2, lets anyone on the network path read or alter
#   credentials and query results in transit.
# custom:
#   id: AZ-DB-001
#   severity: MEDIUM
#   category: encryption
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-2.1: ["4.3.1", "4.4.1", "4.4.2"]}
#   remediation: >-
#     Terraform: remove the require_secure_transport configuration that sets
#     it to "off" (on is the default) and any MySQL tls_version allowing
#     TLSv1 or TLSv1.1; on single servers set ssl_enforcement_enabled = true
#     and ssl_minimal_tls_version_enforced = "TLS1_2". ARM: set
#     properties.value of the require_secure_transport configuration to "on";
#     on single servers set properties.sslEnforcement to "Enabled" and
#     properties.minimalTlsVersion to "TLS1_2".
#   equivalents:
#     checkov: [CKV_AZURE_28, CKV_AZURE_29, CKV_AZURE_54, CKV_AZURE_147]
#     trivy: [AVD-AZU-0020]
#   defaults:
#     - attribute: require_secure_transport (flexible server configuration)
#       value: on
#       source: Azure platform default
#     - attribute: ssl_minimal_tls_version_enforced
#       value: TLS1_2
#       source: azurerm v3
#   fix: true
package azure.database.secure_transport

import data.lib

_tf_configs := {
	"azurerm_postgresql_flexible_server_configuration": {"kind": "PostgreSQL", "on": "on"},
	"azurerm_mysql_flexible_server_configuration": {"kind": "MySQL", "on": "ON"},
}

_old_tls := {"tlsv1", "tlsv1.1"}

# _allows_old_tls(x): a MySQL tls_version list ("TLSv1.2,TLSv1.3") that
# includes TLS 1.0 or 1.1.
_allows_old_tls(x) if {
	is_string(x)
	some part in split(x, ",")
	lower(trim_space(part)) in _old_tls
}

_allows_old_tls(x) if {
	lib.is_unknown(x)
	lib.pessimistic
}

# require_secure_transport = off on a flexible server.
deny contains v if {
	some type, k in _tf_configs
	some c in lib.resources(type)
	lib.equals_ignore_case(lib.get(c.attributes, "name", null), "require_secure_transport")
	lib.equals_ignore_case(lib.get(c.attributes, "value", null), "off")
	msg := sprintf("%s flexible server configuration %q turns require_secure_transport off; set value = %q", [k.kind, c.name, k.on])
	v := lib.violation_fix(c, ["value"], msg, lib.fix_set(sprintf("Set value = %q", [k.on]), ["value"], k.on))
}

deny contains v if {
	some c in lib.resources("azurerm_mysql_flexible_server_configuration")
	lib.equals_ignore_case(lib.get(c.attributes, "name", null), "tls_version")
	_allows_old_tls(lib.get(c.attributes, "value", null))
	msg := sprintf(`MySQL flexible server configuration %q allows TLS versions older than 1.2; set value = "TLSv1.2"`, [c.name])
	v := lib.violation_fix(c, ["value"], msg, lib.fix_set(`Set value = "TLSv1.2"`, ["value"], "TLSv1.2"))
}

_single := {
	"azurerm_postgresql_server": "PostgreSQL server",
	"azurerm_mysql_server": "MySQL server",
	"azurerm_mariadb_server": "MariaDB server",
}

deny contains v if {
	some type, kind in _single
	some r in lib.resources(type)
	lib.is_false(lib.get(r.attributes, "ssl_enforcement_enabled", null))
	msg := sprintf("%s %q accepts unencrypted connections; set ssl_enforcement_enabled = true", [kind, r.name])
	v := lib.violation_fix(r, ["ssl_enforcement_enabled"], msg, lib.fix_set("Set ssl_enforcement_enabled = true", ["ssl_enforcement_enabled"], true))
}

_weak_single := {"tls1_0", "tls1_1", "tlsenforcementdisabled"}

# ssl_minimal_tls_version_enforced defaults to TLS1_2 (azurerm v3).
deny contains v if {
	some type, kind in _single
	some r in lib.resources(type)
	lib.is_in_ignore_case(lib.get(r.attributes, "ssl_minimal_tls_version_enforced", "TLS1_2"), _weak_single)
	path := ["ssl_minimal_tls_version_enforced"]
	msg := sprintf(`%s %q accepts TLS versions older than 1.2; set ssl_minimal_tls_version_enforced = "TLS1_2"`, [kind, r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set ssl_minimal_tls_version_enforced = "TLS1_2"`, path, "TLS1_2"))
}

# ARM: flexible server configurations are children named
# "<server>/require_secure_transport" (or "<server>/tls_version").
_arm_configs := {
	"Microsoft.DBforPostgreSQL/flexibleServers/configurations": {"kind": "PostgreSQL", "on": "on"},
	"Microsoft.DBforMySQL/flexibleServers/configurations": {"kind": "MySQL", "on": "ON"},
}

# _arm_config_is(c, name): the configuration c is the parameter name; an
# unknown name may be, in the pessimistic pass.
_arm_config_is(c, name) if {
	not lib.azure_arm_name_unknown(c)
	parts := split(c.name, "/")
	lower(parts[count(parts) - 1]) == name
}

_arm_config_is(c, name) if {
	lib.azure_arm_name_unknown(c)
	lib.pessimistic
}

_arm_value_path(c) := ["properties", lib.arm_key(lib.arm_properties(c), "value")]

deny contains v if {
	some type, k in _arm_configs
	some c in lib.arm_resources(type)
	_arm_config_is(c, "require_secure_transport")
	lib.equals_ignore_case(lib.arm_property(c, "value", null), "off")
	path := _arm_value_path(c)
	msg := sprintf("%s flexible server configuration %q turns require_secure_transport off; set properties.value to %q", [k.kind, c.name, k.on])
	v := lib.violation_fix(c, path, msg, lib.fix_set(sprintf("Set properties.value to %q", [k.on]), path, k.on))
}

deny contains v if {
	some c in lib.arm_resources("Microsoft.DBforMySQL/flexibleServers/configurations")
	_arm_config_is(c, "tls_version")
	_allows_old_tls(lib.arm_property(c, "value", null))
	path := _arm_value_path(c)
	msg := sprintf(`MySQL flexible server configuration %q allows TLS versions older than 1.2; set properties.value to "TLSv1.2"`, [c.name])
	v := lib.violation_fix(c, path, msg, lib.fix_set(`Set properties.value to "TLSv1.2"`, path, "TLSv1.2"))
}

_arm_single := {
	"Microsoft.DBforPostgreSQL/servers": "PostgreSQL server",
	"Microsoft.DBforMySQL/servers": "MySQL server",
	"Microsoft.DBforMariaDB/servers": "MariaDB server",
}

deny contains v if {
	some type, kind in _arm_single
	some r in lib.arm_resources(type)
	lib.equals_ignore_case(lib.arm_property(r, "sslEnforcement", null), "Disabled")
	path := ["properties", lib.arm_key(lib.arm_properties(r), "sslEnforcement")]
	msg := sprintf(`%s %q accepts unencrypted connections; set properties.sslEnforcement to "Enabled"`, [kind, r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set properties.sslEnforcement to "Enabled"`, path, "Enabled"))
}

deny contains v if {
	some type, kind in _arm_single
	some r in lib.arm_resources(type)
	lib.is_in_ignore_case(lib.arm_property(r, "minimalTlsVersion", null), _weak_single)
	path := ["properties", lib.arm_key(lib.arm_properties(r), "minimalTlsVersion")]
	msg := sprintf(`%s %q accepts TLS versions older than 1.2; set properties.minimalTlsVersion to "TLS1_2"`, [kind, r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set properties.minimalTlsVersion to "TLS1_2"`, path, "TLS1_2"))
}
