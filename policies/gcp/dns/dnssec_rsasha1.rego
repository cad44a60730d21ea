# METADATA
# title: DNSSEC must not sign with RSASHA1
# description: >-
#   RSASHA1 relies on SHA-1, whose collisions are practical; signatures made
#   with it give DNSSEC validation little assurance and some resolvers
#   already treat them as insecure.
# custom:
#   id: GCP-DNS-002
#   severity: MEDIUM
#   category: encryption
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["3.4", "3.5"]}
#   remediation: >-
#     Set algorithm = "rsasha256" (or "ecdsap256sha256") in every
#     dnssec_config.default_key_specs block; changing the algorithm of a
#     signed zone needs DNSSEC turned off and on again with a DS record
#     update at the registrar.
#   equivalents:
#     checkov: [CKV_GCP_17]
#     tfsec: [google-dns-no-rsa-sha1]
#     trivy: [AVD-GCP-0012]
#   fix: true
package gcp.dns.dnssec_rsasha1

import data.lib

deny contains v if {
	some r in lib.resources("google_dns_managed_zone")
	some i, c in lib.blocks(r.attributes, "dnssec_config")
	some j, spec in lib.blocks(c, "default_key_specs")
	lib.is_in_ignore_case(lib.get(spec, "algorithm", null), {"rsasha1"})
	path := ["dnssec_config", i, "default_key_specs", j, "algorithm"]
	msg := sprintf(`DNS zone %q signs %s with RSASHA1; set algorithm = "rsasha256"`, [r.name, lib.show(lib.get(spec, "key_type", "its records"))])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set algorithm = "rsasha256"`, path, "rsasha256"))
}
