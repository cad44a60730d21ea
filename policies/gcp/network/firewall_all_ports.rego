# METADATA
# title: Firewall rules must not allow every port from the internet
# description: >-
#   An ingress firewall rule that allows all protocols, or every TCP or UDP
#   port, from 0.0.0.0/0 or ::/0 exposes every service the targeted VMs run,
#   including databases and management interfaces never meant to be public.
# custom:
#   id: GCP-NET-002
#   severity: HIGH
#   category: network
#   providers: [google, google-beta]
#   formats: [terraform]
#   remediation: >-
#     List only the ports the service needs in the allow block (ports =
#     ["443"]), and restrict source_ranges to known address ranges for
#     anything that is not a public service.
#   equivalents:
#     tfsec: [google-compute-no-public-ingress]
#     trivy: [AVD-GCP-0027]
#   defaults:
#     - attribute: direction
#       value: INGRESS
#       source: hashicorp/google v4, v5 and v6
#     - attribute: allow.ports
#       value: all ports of the protocol
#       source: Compute Engine API
#   fix: false
package gcp.network.firewall_all_ports

import data.lib

_protocol(p) := lower(p) if is_string(p)

else := format_int(p, 10) if is_number(p)

else := p

# Protocols that have ports; an allow block for one of them without ports
# opens every port.
_port_protocols := {"tcp", "udp", "sctp", "6", "17", "132"}

_everything(b) if lib.is_in(_protocol(lib.get(b, "protocol", null)), {"all"})

_everything(b) if {
	lib.is_in(_protocol(lib.get(b, "protocol", null)), _port_protocols)
	_all_ports(lib.get(b, "ports", []))
}

_all_ports(ports) if ports == []

_all_ports(ports) if {
	some spec in lib.as_array(ports)
	lib.port_spec_includes(spec, 1)
	lib.port_spec_includes(spec, 65535)
}

deny contains v if {
	some r in lib.resources("google_compute_firewall")
	lib.equals(lib.get(r.attributes, "direction", "INGRESS"), "INGRESS")
	lib.is_false_or_absent(r.attributes, "disabled")
	lib.any_public_cidr(lib.get(r.attributes, "source_ranges", []))
	some b in lib.blocks(r.attributes, "allow")
	_everything(b)
	msg := sprintf("firewall rule %q allows every port from the internet; list only the needed ports and restrict source_ranges", [r.name])
	v := lib.violation(r, ["source_ranges"], msg)
}
