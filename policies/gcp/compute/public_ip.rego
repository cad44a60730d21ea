# METADATA
# title: VM instances should not have external IP addresses
# description: >-
#   An access_config (or ipv6_access_config) block gives the VM an address
#   on the internet, so any service it listens on is one firewall mistake
#   away from being exposed to the world.
# custom:
#   id: GCP-GCE-001
#   severity: MEDIUM
#   category: network
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["4.9"]}
#   remediation: >-
#     Remove the access_config block from network_interface and reach the
#     internet through Cloud NAT, and the VM through Identity-Aware Proxy or
#     an internal load balancer. No automatic fix: removing the address
#     changes how the VM is reached. Instances that must face the internet
#     (a public load balancer's backends do not) are better put behind a
#     load balancer.
#   equivalents:
#     checkov: [CKV_GCP_40]
#     tfsec: [google-compute-no-public-ip]
#     trivy: [AVD-GCP-0031]
#   fix: false
package gcp.compute.public_ip

import data.lib

_kinds := {"access_config": "an external IPv4 address", "ipv6_access_config": "an external IPv6 address"}

deny contains v if {
	some r in lib.gcp_instances
	some i, ni in lib.blocks(r.attributes, "network_interface")
	some key, what in _kinds
	some b in lib.blocks(ni, key)
	lib.gcp_block_present(b)
	msg := sprintf("VM instance %q has %s; remove network_interface.%s and use Cloud NAT or Identity-Aware Proxy", [r.name, what, key])
	v := lib.violation(r, ["network_interface", i, key], msg)
}
