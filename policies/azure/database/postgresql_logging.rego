# METADATA
# title: PostgreSQL servers must not turn connection and checkpoint logging off
# description: >-
#   A PostgreSQL server with log_connections, log_disconnections,
#   log_checkpoints or connection throttling turned off leaves no trace of
#   who connected and hides brute-force attempts and performance problems
#   from investigation.
# custom:
#   id: AZ-DB-003
#   severity: LOW
#   category: logging
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-2.1: ["4.3.2", "4.3.3", "4.3.4", "4.3.5"]}
#   remediation: >-
#     Terraform: set value = "on" on the azurerm_postgresql_flexible_server_configuration
#     (or azurerm_postgresql_configuration) of log_connections,
#     log_disconnections, log_checkpoints and connection_throttle.enable
#     (connection_throttling on single servers), or remove it to keep the
#     server default. ARM: set properties.value to "on" on those
#     configurations children.
#   equivalents:
#     checkov: [CKV_AZURE_30, CKV_AZURE_31, CKV_AZURE_32]
#     trivy: [AVD-AZU-0024, AVD-AZU-0019, AVD-AZU-0021]
#   fix: true
package azure.database.postgresql_logging

import data.lib

# Server parameters whose "off" value hides connections, checkpoints or
# brute-force attempts. Only an explicit "off" is reported: their defaults
# differ between single and flexible servers and PostgreSQL versions.
_params := {"log_connections", "log_disconnections", "log_checkpoints", "connection_throttling", "connection_throttle.enable"}

_tf_types := ["azurerm_postgresql_flexible_server_configuration", "azurerm_postgresql_configuration"]

deny contains v if {
	some type in _tf_types
	some c in lib.resources(type)
	lib.is_in_ignore_case(lib.get(c.attributes, "name", null), _params)
	lib.equals_ignore_case(lib.get(c.attributes, "value", null), "off")
	msg := sprintf(`PostgreSQL configuration %q turns %s off; set value = "on"`, [c.name, lib.show(lib.get(c.attributes, "name", null))])
	v := lib.violation_fix(c, ["value"], msg, lib.fix_set(`Set value = "on"`, ["value"], "on"))
}

_arm_types := ["Microsoft.DBforPostgreSQL/flexibleServers/configurations", "Microsoft.DBforPostgreSQL/servers/configurations"]

# _arm_param(c): the configuration c is one of _params; an unknown name may
# be, in the pessimistic pass.
_arm_param(c) if {
	not lib.azure_arm_name_unknown(c)
	parts := split(c.name, "/")
	lower(parts[count(parts) - 1]) in _params
}

_arm_param(c) if {
	lib.azure_arm_name_unknown(c)
	lib.pessimistic
}

deny contains v if {
	some type in _arm_types
	some c in lib.arm_resources(type)
	_arm_param(c)
	lib.equals_ignore_case(lib.arm_property(c, "value", null), "off")
	path := ["properties", lib.arm_key(lib.arm_properties(c), "value")]
	msg := sprintf(`PostgreSQL configuration %q is turned off; set properties.value to "on"`, [c.name])
	v := lib.violation_fix(c, path, msg, lib.fix_set(`Set properties.value to "on"`, path, "on"))
}
