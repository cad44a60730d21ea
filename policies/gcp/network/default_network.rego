# METADATA
# title: Projects must not get the default network, nor VPCs auto-mode subnets
# description: >-
#   A new project gets the "default" auto-mode network unless told
#   otherwise, with a subnet in every region on predictable ranges and
#   firewall rules that open SSH, RDP and ICMP to the whole internet. An
#   auto-mode VPC created by Terraform has the same subnets, which also
#   overlap with every other auto-mode network and block peering and VPN.
# custom:
#   id: GCP-NET-004
#   severity: MEDIUM
#   category: network
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["3.1"]}
#   remediation: >-
#     Set auto_create_network = false on google_project (the default network
#     is deleted after the project is created; or enforce the organization
#     policy constraints/compute.skipDefaultNetworkCreation), and create
#     custom-mode networks (auto_create_subnetworks = false) with explicit
#     google_compute_subnetwork resources. Changing auto_create_subnetworks
#     on an existing network replaces it.
#   equivalents:
#     tfsec: [google-iam-no-default-network]
#   defaults:
#     - attribute: google_project.auto_create_network
#       value: true
#       source: hashicorp/google v4, v5 and v6
#     - attribute: google_compute_network.auto_create_subnetworks
#       value: true
#       source: hashicorp/google v4, v5 and v6
#   fix: true
package gcp.network.default_network

import data.lib

deny contains v if {
	some r in lib.resources("google_project")
	lib.is_true_or_absent(r.attributes, "auto_create_network")
	msg := sprintf("project %q gets the default network with open SSH and RDP firewall rules; set auto_create_network = false", [r.name])
	fix := lib.fix_set("Set auto_create_network = false", ["auto_create_network"], false)
	v := lib.violation_fix(r, ["auto_create_network"], msg, fix)
}

deny contains v if {
	some r in lib.resources("google_compute_network")
	lib.is_true_or_absent(r.attributes, "auto_create_subnetworks")
	msg := sprintf("VPC network %q is in auto mode with a subnet in every region; set auto_create_subnetworks = false and declare the subnets", [r.name])
	fix := lib.replacing(lib.fix_set("Set auto_create_subnetworks = false", ["auto_create_subnetworks"], false))
	v := lib.violation_fix(r, ["auto_create_subnetworks"], msg, fix)
}
