# METADATA
# title: CloudFront distributions must require TLS 1.2 or later from viewers
# description: >-
#   A distribution with a custom certificate whose minimum protocol version
#   is below TLS 1.2 lets viewers negotiate TLS 1.0 or 1.1, whose known
#   weaknesses let traffic be downgraded and read on the network path.
# custom:
#   id: AWS-CF-002
#   severity: MEDIUM
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     With a custom certificate (acm_certificate_arn or iam_certificate_id),
#     set viewer_certificate { minimum_protocol_version = "TLSv1.2_2021" }
#     (ssl_support_method = "sni-only"; a "vip" distribution must move to
#     SNI first). The change applies in place. A
#     distribution that uses the default *.cloudfront.net certificate
#     (cloudfront_default_certificate = true) cannot choose its minimum
#     version and is not reported; use a custom domain and certificate to
#     control it.
#   equivalents:
#     checkov: [CKV_AWS_174]
#     tfsec: [aws-cloudfront-use-secure-tls-policy]
#     trivy: [AVD-AWS-0013]
#   defaults:
#     - attribute: viewer_certificate.minimum_protocol_version
#       value: TLSv1
#       source: hashicorp/aws
#   fix: true
package aws.cloudfront.viewer_tls

import data.lib

_version := "TLSv1.2_2021"

# Minimum versions that still accept TLS 1.0 or 1.1 (or SSLv3); newer
# names (TLSv1.2_2018 and later, TLSv1.3_2025) are not judged.
_weak := {"SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016"}

deny contains v if {
	some r in lib.resources("aws_cloudfront_distribution")
	some i, cert in lib.blocks(r.attributes, "viewer_certificate")
	lib.is_false_or_absent(cert, "cloudfront_default_certificate")
	value := lib.get(cert, "minimum_protocol_version", "TLSv1")
	lib.is_in(value, _weak)
	path := ["viewer_certificate", i, "minimum_protocol_version"]
	msg := sprintf("CloudFront distribution %q accepts viewers on TLS versions below 1.2 (%s); set minimum_protocol_version = %q", [r.name, lib.show(value), _version])
	v := lib.violation_with_fixes(r, path, msg, [f | f := _fix(cert, path)])
}

# With ssl_support_method = "vip" CloudFront accepts only SSLv3 or TLSv1:
# moving to TLS 1.2 also means moving to SNI, a choice left to the user.
_fix(cert, path) := lib.fix_set(sprintf("Set minimum_protocol_version = %q", [_version]), path, _version) if {
	not lib.get(cert, "ssl_support_method", null) == "vip"
}
