# METADATA
# title: VPC subnets must have flow logs enabled
# description: >-
#   Without VPC flow logs there is no record of which addresses the VMs of a
#   subnet talked to, so an intrusion, a data exfiltration or a misrouted
#   connection cannot be investigated afterwards.
# custom:
#   id: GCP-NET-003
#   severity: MEDIUM
#   category: logging
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["3.8"]}
#   remediation: >-
#     Add a log_config block to the google_compute_subnetwork
#     (aggregation_interval = "INTERVAL_5_SEC", metadata =
#     "INCLUDE_ALL_METADATA"; CIS asks for flow_sampling = 1, which costs
#     more than the default 0.5). Proxy-only and Private Service Connect
#     subnets cannot log flows and are left out.
#   equivalents:
#     checkov: [CKV_GCP_26]
#     tfsec: [google-compute-enable-vpc-flow-logs]
#   defaults:
#     - attribute: log_config
#       value: absent (flow logs off)
#       source: hashicorp/google v4, v5 and v6
#     - attribute: purpose
#       value: PRIVATE
#       source: hashicorp/google v4, v5 and v6
#   fix: true
package gcp.network.subnet_flow_logs

import data.lib

# Subnet purposes whose VMs' traffic can be logged; the others
# (REGIONAL_MANAGED_PROXY, GLOBAL_MANAGED_PROXY, PRIVATE_SERVICE_CONNECT,
# PRIVATE_NAT, the older INTERNAL_HTTPS_LOAD_BALANCER) cannot have flow logs.
_loggable := {"PRIVATE", "PRIVATE_RFC_1918"}

_log_config := {
	"aggregation_interval": "INTERVAL_5_SEC",
	"flow_sampling": 0.5,
	"metadata": "INCLUDE_ALL_METADATA",
}

deny contains v if {
	some r in lib.resources("google_compute_subnetwork")
	lib.is_in(lib.get(r.attributes, "purpose", "PRIVATE"), _loggable)

	# Absent, or a dynamic block over an empty collection; an unknown one
	# only in the pessimistic pass.
	lib.is_in(lib.get(r.attributes, "log_config", []), [[]])

	# enable_flow_logs = true turned flow logs on in google provider v3.
	lib.is_false_or_absent(r.attributes, "enable_flow_logs")
	msg := sprintf("subnet %q has no VPC flow logs; add a log_config block", [r.name])
	fix := lib.fix_add_block("Add a log_config block", ["log_config"], _log_config)
	v := lib.violation_fix(r, ["log_config"], msg, fix)
}
