# METADATA
# title: CloudFront distributions must not serve viewers over plain HTTP
# description: >-
#   A cache behavior that allows HTTP lets viewers' requests, cookies and
#   the content they receive travel in clear between them and CloudFront.
# custom:
#   id: AWS-CF-001
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set viewer_protocol_policy = "redirect-to-https" (or "https-only") in
#     default_cache_behavior and every ordered_cache_behavior. The change
#     applies in place.
#   equivalents:
#     checkov: [CKV_AWS_34]
#     tfsec: [aws-cloudfront-enforce-https]
#     trivy: [AVD-AWS-0012]
#   fix: true
package aws.cloudfront.viewer_https

import data.lib

# viewer_protocol_policy is required in every cache behavior.
deny contains v if {
	some r in lib.resources("aws_cloudfront_distribution")
	some key in ["default_cache_behavior", "ordered_cache_behavior"]
	some i, behavior in lib.blocks(r.attributes, key)
	lib.equals_ignore_case(lib.get(behavior, "viewer_protocol_policy", null), "allow-all")
	path := [key, i, "viewer_protocol_policy"]
	msg := sprintf(`CloudFront distribution %q serves viewers over plain HTTP in %s; set viewer_protocol_policy = "redirect-to-https"`, [r.name, key])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set viewer_protocol_policy = "redirect-to-https"`, path, "redirect-to-https"))
}
