# METADATA
# title: Cloud SQL instances should not have a public IPv4 address
# description: >-
#   A public IP puts the database on the internet: its port is reachable by
#   anyone an authorized network admits and exposed to every flaw of the
#   database engine, where a private IP keeps it inside the VPC.
# custom:
#   id: GCP-SQL-004
#   severity: MEDIUM
#   category: network
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["6.6"]}
#   remediation: >-
#     Give the instance a private IP (ip_configuration.private_network, with
#     private services access) or Private Service Connect, then set
#     ipv4_enabled = false. The fix is offered only when private_network is
#     set: an instance needs one way in.
#   equivalents:
#     checkov: [CKV_GCP_60]
#   defaults:
#     - attribute: settings.ip_configuration.ipv4_enabled
#       value: true
#       source: hashicorp/google v4, v5 and v6
#   fix: true
package gcp.sql.public_ip

import data.lib

_msg(r) := sprintf("Cloud SQL instance %q has a public IPv4 address; use a private IP and set ipv4_enabled = false", [r.name])

# No ip_configuration: a public IP and no private network to fall back on.
deny contains v if {
	some r in lib.resources("google_sql_database_instance")
	some i, settings in lib.blocks(r.attributes, "settings")
	lib.is_in(lib.get(settings, "ip_configuration", []), [[]])
	v := lib.violation(r, ["settings", i, "ip_configuration"], _msg(r))
}

deny contains v if {
	some r in lib.resources("google_sql_database_instance")
	some i, settings in lib.blocks(r.attributes, "settings")
	some j, ip in lib.blocks(settings, "ip_configuration")
	lib.is_true_or_absent(ip, "ipv4_enabled")
	path := ["settings", i, "ip_configuration", j, "ipv4_enabled"]
	fixes := [f |
		lib.get(ip, "private_network", null) != null
		f := lib.fix_set("Set ipv4_enabled = false", path, false)
	]
	v := lib.violation_with_fixes(r, path, _msg(r), fixes)
}
