# METADATA
# title: Firewall rules must not allow SSH or RDP from the internet
# description: >-
#   An ingress firewall rule that opens port 22 (SSH) or 3389 (RDP) to
#   0.0.0.0/0 or ::/0 exposes every targeted VM's login service to password
#   spraying, stolen keys and exploits from anywhere on the internet.
# custom:
#   id: GCP-NET-001
#   severity: HIGH
#   category: network
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["3.6", "3.7"]}
#   remediation: >-
#     Restrict source_ranges to known address ranges (a VPN or bastion), or
#     reach VMs through Identity-Aware Proxy TCP forwarding (source range
#     35.235.240.0/20) and remove the rule. Rules that open every port are
#     reported by GCP-NET-002.
#   equivalents:
#     checkov: [CKV_GCP_2, CKV_GCP_3]
#     tfsec: [google-compute-no-public-ingress]
#     trivy: [AVD-GCP-0027]
#   defaults:
#     - attribute: direction
#       value: INGRESS
#       source: hashicorp/google v4, v5 and v6
#   fix: false
package gcp.network.firewall_admin_ports

import data.lib

_tcp := {"tcp", "6"}

_admin_ports := [22, 3389]

_protocol(p) := lower(p) if is_string(p)

else := format_int(p, 10) if is_number(p)

else := p

# _full_range(spec): a known port specification that covers every port;
# such rules are GCP-NET-002's.
_full_range(spec) if {
	lib.is_known(spec)
	lib.port_spec_includes(spec, 1)
	lib.port_spec_includes(spec, 65535)
}

# _admin_block(b): the allow block b opens SSH or RDP over TCP with an
# explicit list of ports (no ports at all means every port).
_admin_block(b) if {
	lib.is_in(_protocol(lib.get(b, "protocol", null)), _tcp)
	some spec in lib.as_array(lib.get(b, "ports", []))
	not _full_range(spec)
	some port in _admin_ports
	lib.port_spec_includes(spec, port)
}

deny contains v if {
	some r in lib.resources("google_compute_firewall")
	lib.equals(lib.get(r.attributes, "direction", "INGRESS"), "INGRESS")
	lib.is_false_or_absent(r.attributes, "disabled")
	lib.any_public_cidr(lib.get(r.attributes, "source_ranges", []))
	some b in lib.blocks(r.attributes, "allow")
	_admin_block(b)
	msg := sprintf("firewall rule %q allows SSH or RDP from the internet; restrict source_ranges to known addresses", [r.name])
	v := lib.violation(r, ["source_ranges"], msg)
}
