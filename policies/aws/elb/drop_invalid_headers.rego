# METADATA
# title: Application load balancers must drop invalid HTTP headers
# description: >-
#   An application load balancer that forwards malformed HTTP header fields
#   lets attackers smuggle requests past it or confuse the backends that
#   parse headers differently.
# custom:
#   id: AWS-ELB-003
#   severity: MEDIUM
#   category: network
#   providers: [aws]
#   formats: [terraform]
#   remediation: Set drop_invalid_header_fields = true on the application load balancer.
#   equivalents:
#     checkov: [CKV_AWS_131]
#     tfsec: [aws-elb-drop-invalid-headers]
#     trivy: [AVD-AWS-0052]
#   defaults:
#     - attribute: drop_invalid_header_fields
#       value: false
#       source: hashicorp/aws v4+
#     - attribute: load_balancer_type
#       value: application
#       source: hashicorp/aws v4+
#   fix: true
package aws.elb.drop_invalid_headers

import data.lib

# aws_alb is the older name of aws_lb.
deny contains v if {
	some t in ["aws_lb", "aws_alb"]
	some r in lib.resources(t)
	lib.equals(lib.get(r.attributes, "load_balancer_type", "application"), "application")
	lib.is_false_or_absent(r.attributes, "drop_invalid_header_fields")
	msg := sprintf("application load balancer %q forwards invalid HTTP headers; set drop_invalid_header_fields = true", [r.name])
	v := lib.violation_fix(r, ["drop_invalid_header_fields"], msg, lib.fix_set("Set drop_invalid_header_fields = true", ["drop_invalid_header_fields"], true))
}
