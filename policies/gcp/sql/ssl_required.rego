# METADATA
# title: Cloud SQL instances must require encrypted connections
# description: >-
#   Unless the instance requires SSL/TLS, clients may connect in plain text,
#   and passwords and query results cross the network readable by anyone on
#   the path.
# custom:
#   id: GCP-SQL-002
#   severity: HIGH
#   category: encryption
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["6.4"]}
#   remediation: >-
#     Set settings.ip_configuration.ssl_mode = "ENCRYPTED_ONLY" (or
#     "TRUSTED_CLIENT_CERTIFICATE_REQUIRED" to require client certificates).
#     require_ssl = true, its google provider v4/v5 predecessor, was removed
#     in v6. Clients that use the Cloud SQL Auth Proxy or connectors are
#     encrypted already and keep working.
#   equivalents:
#     checkov: [CKV_GCP_6]
#     tfsec: [google-sql-encrypt-in-transit-data]
#     kics: [02474449-71aa-40a1-87ae-e14497747b00]
#   defaults:
#     - attribute: settings.ip_configuration.ssl_mode
#       value: ALLOW_UNENCRYPTED_AND_ENCRYPTED
#       source: Cloud SQL Admin API (hashicorp/google v5 and v6)
#     - attribute: settings.ip_configuration.require_ssl
#       value: false
#       source: hashicorp/google v4 and v5 (removed in v6)
#   fix: true
package gcp.sql.ssl_required

import data.lib

_mode := "ENCRYPTED_ONLY"

_msg(r) := sprintf(`Cloud SQL instance %q accepts unencrypted connections; set ip_configuration.ssl_mode = "ENCRYPTED_ONLY"`, [r.name])

# No ip_configuration block: ssl_mode takes the API default.
deny contains v if {
	some r in lib.resources("google_sql_database_instance")
	some i, settings in lib.blocks(r.attributes, "settings")
	lib.is_in(lib.get(settings, "ip_configuration", []), [[]])
	path := ["settings", i, "ip_configuration"]
	fix := lib.fix_add_block(`Add ip_configuration with ssl_mode = "ENCRYPTED_ONLY"`, path, {"ssl_mode": _mode})
	v := lib.violation_fix(r, path, _msg(r), fix)
}

# ssl_mode explicitly allows plain text.
deny contains v if {
	some r in lib.resources("google_sql_database_instance")
	some i, settings in lib.blocks(r.attributes, "settings")
	some j, ip in lib.blocks(settings, "ip_configuration")
	lib.equals(lib.get(ip, "ssl_mode", null), "ALLOW_UNENCRYPTED_AND_ENCRYPTED")
	path := ["settings", i, "ip_configuration", j, "ssl_mode"]
	v := lib.violation_fix(r, path, _msg(r), lib.fix_set(`Set ssl_mode = "ENCRYPTED_ONLY"`, path, _mode))
}

# Neither ssl_mode nor the legacy require_ssl asks for encryption.
deny contains v if {
	some r in lib.resources("google_sql_database_instance")
	some i, settings in lib.blocks(r.attributes, "settings")
	some j, ip in lib.blocks(settings, "ip_configuration")
	lib.is_absent(ip, "ssl_mode")
	lib.is_false_or_absent(ip, "require_ssl")
	path := ["settings", i, "ip_configuration", j, "ssl_mode"]
	v := lib.violation_fix(r, _require_path(ip, path), _msg(r), lib.fix_set(`Set ssl_mode = "ENCRYPTED_ONLY"`, path, _mode))
}

# The finding points at require_ssl when it is written, else at ssl_mode
# (which the eval resolves to the enclosing block).
_require_path(ip, path) := array.concat(array.slice(path, 0, 4), ["require_ssl"]) if {
	not lib.is_absent(ip, "require_ssl")
} else := path
