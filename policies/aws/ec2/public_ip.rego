# METADATA
# title: EC2 instances must not get a public IP address
# description: >-
#   An instance with a public IP address is reachable from the internet as
#   soon as a security group or network ACL rule allows it; instances should
#   sit in private subnets behind a load balancer, NAT or bastion.
# custom:
#   id: AWS-EC2-004
#   severity: MEDIUM
#   category: network
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set associate_public_ip_address = false and launch into a private
#     subnet; publish services through a load balancer.
#   equivalents:
#     checkov: [CKV_AWS_88]
#     tfsec: [aws-ec2-no-public-ip]
#     trivy: [AVD-AWS-0009]
#   fix: true
package aws.ec2.public_ip

import data.lib

# aws_instance and aws_launch_configuration: changing the argument replaces
# the instance or configuration, so no fix is offered.
deny contains v if {
	some t in ["aws_instance", "aws_launch_configuration"]
	some r in lib.resources(t)
	lib.is_true(lib.get(r.attributes, "associate_public_ip_address", false))
	v := lib.violation(r, ["associate_public_ip_address"], sprintf("%s %q gets a public IP address; set associate_public_ip_address = false", [t, r.name]))
}

# Launch templates: a change only creates a new template version.
deny contains v if {
	some r in lib.resources("aws_launch_template")
	some i, nic in lib.blocks(r.attributes, "network_interfaces")
	lib.is_true(lib.get(nic, "associate_public_ip_address", false))
	path := ["network_interfaces", i, "associate_public_ip_address"]
	msg := sprintf("launch template %q gives instances a public IP address; set associate_public_ip_address = false", [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set associate_public_ip_address = false", path, false))
}
