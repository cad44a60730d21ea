# METADATA
# title: Subnets must not assign public IP addresses on launch
# description: >-
#   A subnet that maps public IP addresses on launch makes every instance
#   started in it reachable from the internet, including the ones nobody
#   meant to expose.
# custom:
#   id: AWS-EC2-009
#   severity: MEDIUM
#   category: network
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set map_public_ip_on_launch = false (the default) and give public
#     addresses explicitly to the few resources that need one, or put them
#     behind a load balancer or NAT gateway.
#   equivalents:
#     checkov: [CKV_AWS_130]
#     trivy: [AVD-AWS-0164]
#   defaults:
#     - attribute: map_public_ip_on_launch
#       value: false
#       source: hashicorp/aws v4+ (aws_subnet)
#   fix: true
package aws.ec2.subnet_public_ip

import data.lib

deny contains v if {
	some t in ["aws_subnet", "aws_default_subnet"]
	some r in lib.resources(t)
	lib.is_true(lib.get(r.attributes, "map_public_ip_on_launch", false))
	msg := sprintf("subnet %q gives every instance a public IP address; set map_public_ip_on_launch = false", [r.name])
	v := lib.violation_fix(r, ["map_public_ip_on_launch"], msg, lib.fix_set("Set map_public_ip_on_launch = false", ["map_public_ip_on_launch"], false))
}
