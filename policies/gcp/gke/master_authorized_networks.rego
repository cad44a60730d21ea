# METADATA
# title: GKE control planes must not be reachable from any address
# description: >-
#   Without master authorized networks, the cluster's public Kubernetes API
#   endpoint accepts connections from the whole internet, leaving only
#   authentication between attackers and the API, and exposing it to every
#   API server vulnerability.
# custom:
#   id: GCP-GKE-002
#   severity: MEDIUM
#   category: network
#   providers: [google, google-beta]
#   formats: [terraform]
#   remediation: >-
#     Add master_authorized_networks_config with cidr_blocks for the
#     addresses that administer the cluster (never 0.0.0.0/0), or make the
#     endpoint private (private_cluster_config.enable_private_endpoint =
#     true, or control_plane_endpoints_config.ip_endpoints_config.enabled =
#     false with the DNS endpoint).
#   equivalents:
#     checkov: [CKV_GCP_20]
#     tfsec: [google-gke-enable-master-networks]
#   defaults:
#     - attribute: master_authorized_networks_config
#       value: absent (public endpoint open to all addresses)
#       source: hashicorp/google v4, v5 and v6
#   fix: true
package gcp.gke.master_authorized_networks

import data.lib

# _public_endpoint(r): the cluster's control plane has a public IP
# endpoint: no private endpoint and the IP endpoint not disabled.
_public_endpoint(r) if {
	every p in lib.blocks(r.attributes, "private_cluster_config") {
		lib.is_false_or_absent(p, "enable_private_endpoint")
	}
	every c in lib.blocks(r.attributes, "control_plane_endpoints_config") {
		every e in lib.blocks(c, "ip_endpoints_config") {
			lib.is_true_or_absent(e, "enabled")
		}
	}
}

deny contains v if {
	some r in lib.resources("google_container_cluster")
	lib.is_in(lib.get(r.attributes, "master_authorized_networks_config", []), [[]])
	_public_endpoint(r)
	msg := sprintf("GKE cluster %q accepts API connections from any address; add master_authorized_networks_config with the admin networks", [r.name])
	fix := lib.template(lib.fix_add_block(
		"Add master_authorized_networks_config with the admin networks",
		["master_authorized_networks_config"],
		{"cidr_blocks": [{"cidr_block": "<admin CIDR>", "display_name": "admins"}]},
	))
	v := lib.violation_fix(r, ["master_authorized_networks_config"], msg, fix)
}

deny contains v if {
	some r in lib.resources("google_container_cluster")
	some i, m in lib.blocks(r.attributes, "master_authorized_networks_config")
	some j, block in lib.blocks(m, "cidr_blocks")
	lib.is_public_cidr(lib.get(block, "cidr_block", null))
	_public_endpoint(r)
	path := ["master_authorized_networks_config", i, "cidr_blocks", j, "cidr_block"]
	msg := sprintf("GKE cluster %q authorizes every address to reach its API; list only the admin networks", [r.name])
	fix := lib.fix_remove("Remove the 0.0.0.0/0 authorized network", array.slice(path, 0, 4))
	v := lib.violation_fix(r, path, msg, fix)
}
