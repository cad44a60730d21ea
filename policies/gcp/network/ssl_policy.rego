# METADATA
# title: HTTPS and SSL proxy load balancers must not allow weak TLS
# description: >-
#   An SSL policy with the COMPATIBLE profile or a minimum of TLS 1.0 or 1.1
#   (the defaults, also used by proxies without a policy) lets clients and
#   downgrade attacks negotiate broken protocol versions and cipher suites
#   with the load balancer.
# custom:
#   id: GCP-NET-005
#   severity: MEDIUM
#   category: encryption
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["3.9"]}
#   remediation: >-
#     Give google_compute_ssl_policy profile = "MODERN" (or "RESTRICTED")
#     and min_tls_version = "TLS_1_2", and attach it to every
#     google_compute_target_https_proxy and google_compute_target_ssl_proxy
#     (ssl_policy), which otherwise use Google's default policy (COMPATIBLE,
#     TLS 1.0).
#   defaults:
#     - attribute: google_compute_ssl_policy.profile
#       value: COMPATIBLE
#       source: hashicorp/google v4, v5 and v6
#     - attribute: google_compute_ssl_policy.min_tls_version
#       value: TLS_1_0
#       source: hashicorp/google v4, v5 and v6
#     - attribute: ssl_policy (target proxies)
#       value: absent (Google default policy, COMPATIBLE with TLS 1.0)
#       source: Cloud Load Balancing
#   fix: true
package gcp.network.ssl_policy

import data.lib

_policy_types := ["google_compute_ssl_policy", "google_compute_region_ssl_policy"]

_proxy_types := {
	"google_compute_target_https_proxy": "HTTPS proxy",
	"google_compute_region_target_https_proxy": "HTTPS proxy",
	"google_compute_target_ssl_proxy": "SSL proxy",
}

deny contains v if {
	some type in _policy_types
	some r in lib.resources(type)
	lib.is_in(lib.get(r.attributes, "min_tls_version", "TLS_1_0"), {"TLS_1_0", "TLS_1_1"})
	msg := sprintf(`SSL policy %q accepts TLS versions older than 1.2; set min_tls_version = "TLS_1_2"`, [r.name])
	v := lib.violation_fix(r, ["min_tls_version"], msg, lib.fix_set(`Set min_tls_version = "TLS_1_2"`, ["min_tls_version"], "TLS_1_2"))
}

deny contains v if {
	some type in _policy_types
	some r in lib.resources(type)
	lib.equals(lib.get(r.attributes, "profile", "COMPATIBLE"), "COMPATIBLE")
	msg := sprintf(`SSL policy %q uses the COMPATIBLE profile with weak cipher suites; set profile = "MODERN"`, [r.name])
	v := lib.violation_fix(r, ["profile"], msg, lib.fix_set(`Set profile = "MODERN"`, ["profile"], "MODERN"))
}

deny contains v if {
	some type, what in _proxy_types
	some r in lib.resources(type)
	lib.is_absent(r.attributes, "ssl_policy")
	msg := sprintf("%s %q uses Google's default SSL policy, which allows TLS 1.0; attach an ssl_policy with TLS 1.2 and the MODERN profile", [what, r.name])
	v := lib.violation(r, ["ssl_policy"], msg)
}
