# METADATA
# title: OpenSearch domains must require HTTPS with TLS 1.2 or later
# description: >-
#   A domain endpoint that accepts plain HTTP, or TLS 1.0 and 1.1, lets
#   anyone on the network path read or alter queries, documents and the
#   credentials sent with them.
# custom:
#   id: AWS-OS-003
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Add domain_endpoint_options { enforce_https = true, tls_security_policy
#     = "Policy-Min-TLS-1-2-2019-07" } (or "Policy-Min-TLS-1-2-PFS-2023-10")
#     to aws_opensearch_domain and aws_elasticsearch_domain. The change
#     applies in place; clients must connect with TLS 1.2 or later.
#   equivalents:
#     checkov: [CKV_AWS_83, CKV_AWS_228]
#     tfsec: [aws-elastic-search-enforce-https, aws-elastic-search-use-secure-tls-policy]
#     trivy: [AVD-AWS-0046, AVD-AWS-0126]
#   defaults:
#     - attribute: domain_endpoint_options.enforce_https, block absent
#       value: false
#       source: >-
#         OpenSearch Service API, which then also applies the TLS 1.0
#         policy; hashicorp/aws leaves the block computed and sends nothing
#     - attribute: domain_endpoint_options.enforce_https
#       value: true
#       source: hashicorp/aws, when the block is present
#     - attribute: domain_endpoint_options.tls_security_policy
#       value: Policy-Min-TLS-1-0-2019-07
#       source: OpenSearch Service API, the provider leaves it computed
#   fix: true
package aws.opensearch.https_tls

import data.lib

_types := ["aws_opensearch_domain", "aws_elasticsearch_domain"]

_labels := {"aws_opensearch_domain": "OpenSearch domain", "aws_elasticsearch_domain": "Elasticsearch domain"}

_policy := "Policy-Min-TLS-1-2-2019-07"

# Policies that still accept TLS 1.0 or 1.1; newer names are left alone.
_weak_policies := {"Policy-Min-TLS-1-0-2019-07"}

# No domain_endpoint_options: the provider sends nothing and the API
# defaults apply (HTTP allowed, TLS 1.0 minimum).
deny contains v if {
	some t in _types
	some r in lib.resources(t)
	count(lib.blocks(r.attributes, "domain_endpoint_options")) == 0
	msg := sprintf(`%s %q accepts plain HTTP and TLS 1.0; add domain_endpoint_options with enforce_https = true and tls_security_policy = %q`, [_labels[t], r.name, _policy])
	fix := lib.fix_add_block(
		"Add domain_endpoint_options requiring HTTPS with TLS 1.2",
		["domain_endpoint_options"], {"enforce_https": true, "tls_security_policy": _policy},
	)
	v := lib.violation_fix(r, ["domain_endpoint_options"], msg, fix)
}

deny contains v if {
	some t in _types
	some r in lib.resources(t)
	some i, block in lib.blocks(r.attributes, "domain_endpoint_options")
	lib.is_false(lib.get(block, "enforce_https", true))
	path := ["domain_endpoint_options", i, "enforce_https"]
	msg := sprintf("%s %q accepts plain HTTP; set domain_endpoint_options.enforce_https = true", [_labels[t], r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set enforce_https = true", path, true))
}

deny contains v if {
	some t in _types
	some r in lib.resources(t)
	some i, block in lib.blocks(r.attributes, "domain_endpoint_options")
	lib.is_in(lib.get(block, "tls_security_policy", "Policy-Min-TLS-1-0-2019-07"), _weak_policies)
	path := ["domain_endpoint_options", i, "tls_security_policy"]
	msg := sprintf("%s %q accepts TLS 1.0 and 1.1; set domain_endpoint_options.tls_security_policy = %q", [_labels[t], r.name, _policy])
	v := lib.violation_fix(r, path, msg, lib.fix_set(sprintf("Set tls_security_policy = %q", [_policy]), path, _policy))
}
