# METADATA
# title: Cloud SQL instances must not accept connections from any address
# description: >-
#   An authorized network of 0.0.0.0/0 lets anyone on the internet reach the
#   database port of the instance's public IP, leaving only the database
#   password between an attacker and the data.
# custom:
#   id: GCP-SQL-001
#   severity: HIGH
#   category: network
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["6.5"]}
#   remediation: >-
#     Remove the 0.0.0.0/0 authorized_networks entry and list only the
#     addresses that must connect, or connect through the Cloud SQL Auth
#     Proxy or a private IP (ipv4_enabled = false with private_network).
#   equivalents:
#     checkov: [CKV_GCP_11]
#     tfsec: [google-sql-no-public-access]
#   fix: true
package gcp.sql.authorized_networks

import data.lib

deny contains v if {
	some r in lib.resources("google_sql_database_instance")
	some i, settings in lib.blocks(r.attributes, "settings")
	some j, ip in lib.blocks(settings, "ip_configuration")
	lib.is_true_or_absent(ip, "ipv4_enabled")
	some k, network in lib.blocks(ip, "authorized_networks")
	lib.is_public_cidr(lib.get(network, "value", null))
	path := ["settings", i, "ip_configuration", j, "authorized_networks", k, "value"]
	msg := sprintf("Cloud SQL instance %q accepts connections from any address; remove the 0.0.0.0/0 authorized network", [r.name])
	fix := lib.fix_remove("Remove the 0.0.0.0/0 authorized network", array.slice(path, 0, 6))
	v := lib.violation_fix(r, path, msg, fix)
}
