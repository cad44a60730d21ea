# METADATA
# title: Public Cloud DNS zones must have DNSSEC enabled
# description: >-
#   Without DNSSEC, resolvers cannot tell a forged answer from a real one,
#   so cache poisoning or a hijacked path can send the zone's users to an
#   attacker's servers.
# custom:
#   id: GCP-DNS-001
#   severity: LOW
#   category: network
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["3.3"]}
#   remediation: >-
#     Add dnssec_config { state = "on" } to the public google_dns_managed_zone
#     and publish the DS record at the domain's registrar. Private zones are
#     left out.
#   equivalents:
#     checkov: [CKV_GCP_16]
#     tfsec: [google-dns-enable-dnssec]
#   defaults:
#     - attribute: visibility
#       value: public
#       source: hashicorp/google v4, v5 and v6
#     - attribute: dnssec_config
#       value: absent (DNSSEC off)
#       source: hashicorp/google v4, v5 and v6
#   fix: true
package gcp.dns.dnssec

import data.lib

_msg(r) := sprintf(`DNS zone %q does not sign its records with DNSSEC; set dnssec_config.state = "on"`, [r.name])

_public(r) if lib.equals(lib.get(r.attributes, "visibility", "public"), "public")

deny contains v if {
	some r in lib.resources("google_dns_managed_zone")
	_public(r)
	lib.is_in(lib.get(r.attributes, "dnssec_config", []), [[]])
	fix := lib.fix_add_block(`Add dnssec_config with state = "on"`, ["dnssec_config"], {"state": "on"})
	v := lib.violation_fix(r, ["dnssec_config"], _msg(r), fix)
}

deny contains v if {
	some r in lib.resources("google_dns_managed_zone")
	_public(r)
	some i, c in lib.blocks(r.attributes, "dnssec_config")
	lib.is_in(lib.get(c, "state", "off"), {"off"})
	path := ["dnssec_config", i, "state"]
	v := lib.violation_fix(r, path, _msg(r), lib.fix_set(`Set state = "on"`, path, "on"))
}
