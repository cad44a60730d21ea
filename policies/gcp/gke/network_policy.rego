# METADATA
# title: GKE clusters must enforce Kubernetes network policies
# description: >-
#   Without network policy enforcement every pod can reach every other pod
#   in the cluster, so one compromised workload can probe and attack all
#   the others, and NetworkPolicy objects silently have no effect.
# custom:
#   id: GCP-GKE-003
#   severity: MEDIUM
#   category: network
#   providers: [google, google-beta]
#   formats: [terraform]
#   remediation: >-
#     Create clusters with GKE Dataplane V2 (datapath_provider =
#     "ADVANCED_DATAPATH", which enforces network policies; the fix sets it,
#     and it replaces the cluster), or enable network_policy { enabled = true } together with
#     addons_config.network_policy_config.disabled = false, which recreates
#     the node pools. Autopilot clusters always enforce them and are left
#     out.
#   equivalents:
#     checkov: [CKV_GCP_12]
#     tfsec: [google-gke-enable-network-policy]
#   defaults:
#     - attribute: datapath_provider
#       value: LEGACY_DATAPATH
#       source: hashicorp/google v4, v5 and v6
#     - attribute: network_policy.enabled
#       value: false
#       source: hashicorp/google v4, v5 and v6
#   fix: true
package gcp.gke.network_policy

import data.lib

deny contains v if {
	some r in lib.resources("google_container_cluster")
	lib.is_false_or_absent(r.attributes, "enable_autopilot")
	lib.not_equals(lib.get(r.attributes, "datapath_provider", "LEGACY_DATAPATH"), "ADVANCED_DATAPATH")
	every p in lib.blocks(r.attributes, "network_policy") {
		lib.is_false_or_absent(p, "enabled")
	}
	msg := sprintf(`GKE cluster %q does not enforce network policies; use datapath_provider = "ADVANCED_DATAPATH" or enable network_policy`, [r.name])
	fix := lib.replacing(lib.fix_set(`Set datapath_provider = "ADVANCED_DATAPATH"`, ["datapath_provider"], "ADVANCED_DATAPATH"))
	v := lib.violation_fix(r, _path(r), msg, fix)
}

_path(r) := ["network_policy", 0, "enabled"] if {
	count(lib.blocks(r.attributes, "network_policy")) > 0
} else := ["datapath_provider"]
