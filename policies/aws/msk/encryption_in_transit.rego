# METADATA
# title: MSK clusters must encrypt traffic in transit
# description: >-
#   A Kafka cluster that accepts plaintext client connections, or whose
#   brokers replicate in plaintext, exposes every message, and the
#   credentials sent with them, to anyone on the network path.
# custom:
#   id: AWS-MSK-001
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     In encryption_info { encryption_in_transit { ... } } set client_broker
#     = "TLS" (the default) and in_cluster = true (the default), or remove
#     them. client_broker changes in place (plaintext clients must move to
#     TLS); in_cluster can only be chosen at creation and replaces the
#     cluster.
#   equivalents:
#     checkov: [CKV_AWS_81]
#     tfsec: [aws-msk-enable-in-transit-encryption]
#     trivy: [AVD-AWS-0073]
#   defaults:
#     - attribute: encryption_info.encryption_in_transit.client_broker
#       value: TLS
#       source: hashicorp/aws v3+, TLS_PLAINTEXT in early v2 releases
#     - attribute: encryption_info.encryption_in_transit.in_cluster
#       value: true
#       source: hashicorp/aws
#   fix: true
package aws.msk.encryption_in_transit

import data.lib

_plain := {"PLAINTEXT", "TLS_PLAINTEXT"}

# Absent settings default to TLS and true; only explicit values are judged.
deny contains v if {
	some r in lib.resources("aws_msk_cluster")
	some i, info in lib.blocks(r.attributes, "encryption_info")
	some j, transit in lib.blocks(info, "encryption_in_transit")
	value := lib.get(transit, "client_broker", "TLS")
	lib.is_in(_upper(value), _plain)
	path := ["encryption_info", i, "encryption_in_transit", j, "client_broker"]
	msg := sprintf(`MSK cluster %q accepts plaintext client connections (%s); set client_broker = "TLS"`, [r.name, lib.show(value)])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set client_broker = "TLS"`, path, "TLS"))
}

deny contains v if {
	some r in lib.resources("aws_msk_cluster")
	some i, info in lib.blocks(r.attributes, "encryption_info")
	some j, transit in lib.blocks(info, "encryption_in_transit")
	lib.is_false(lib.get(transit, "in_cluster", true))
	path := ["encryption_info", i, "encryption_in_transit", j, "in_cluster"]
	msg := sprintf("MSK cluster %q replicates between brokers in plaintext; set in_cluster = true", [r.name])
	fix := lib.replacing(lib.fix_set("Set in_cluster = true (replaces the cluster; existing data is not migrated)", path, true))
	v := lib.violation_fix(r, path, msg, fix)
}

_upper(x) := upper(x) if is_string(x)

else := x
