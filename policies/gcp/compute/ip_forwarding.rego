# METADATA
# title: VM instances should not forward IP packets
# description: >-
#   With can_ip_forward the VM may send packets from any source address and
#   receive packets for any destination, so a compromised VM can spoof
#   other machines or route traffic around firewall rules. NAT gateways,
#   VPN and firewall appliances need it legitimately.
# custom:
#   id: GCP-GCE-007
#   severity: MEDIUM
#   category: network
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["4.6"]}
#   remediation: >-
#     Remove can_ip_forward (it defaults to false) unless the VM is a routing
#     appliance; prefer Cloud NAT and Cloud VPN to self-managed gateways.
#     Changing it replaces the instance.
#   equivalents:
#     checkov: [CKV_GCP_36]
#     tfsec: [google-compute-no-ip-forwarding]
#     trivy: [AVD-GCP-0043]
#   fix: true
package gcp.compute.ip_forwarding

import data.lib

deny contains v if {
	some r in lib.gcp_instances
	lib.is_true(lib.get(r.attributes, "can_ip_forward", false))
	msg := sprintf("VM instance %q can forward IP packets; remove can_ip_forward unless the VM is a routing appliance", [r.name])
	fix := lib.replacing(lib.fix_remove("Remove can_ip_forward (defaults to false)", ["can_ip_forward"]))
	v := lib.violation_fix(r, ["can_ip_forward"], msg, fix)
}
