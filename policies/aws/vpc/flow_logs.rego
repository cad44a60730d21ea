# METADATA
# title: VPCs must have flow logs enabled
# description: >-
#   Without flow logs there is no record of which addresses talked to which
#   instances over which ports, so exfiltration, scanning or a compromised
#   host's connections cannot be investigated.
# custom:
#   id: AWS-VPC-001
#   severity: MEDIUM
#   category: logging
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["4.7"]}
#   remediation: >-
#     Add an aws_flow_log with vpc_id = aws_vpc.<name>.id, traffic_type =
#     "ALL" (CIS asks for at least "REJECT") and a log_destination: a
#     CloudWatch Logs log group (with iam_role_arn) or an S3 bucket. Flow
#     logs attached only to subnets or network interfaces are not counted.
#   equivalents:
#     checkov: [CKV2_AWS_11]
#     trivy: [AVD-AWS-0178]
#   fix: false
package aws.vpc.flow_logs

import data.lib

_type := "aws_flow_log"

_index := lib.companion_index(_type, "vpc_id", "aws_vpc")

deny contains v if {
	some r in lib.resources("aws_vpc")
	not lib.has_companion(r, _index, "id")
	fixes := [f |
		lib.plain_address(r) # before building the fix arguments: rarely true
		f := lib.template(lib.fix_add_resource(
			"Add an aws_flow_log for the VPC",
			r, _type,
			{"traffic_type": "ALL", "log_destination": "<log group or S3 bucket ARN>", "iam_role_arn": "<IAM role ARN for CloudWatch Logs delivery>"},
			{"vpc_id": lib.self_ref(r, "id")},
		))
	]
	msg := sprintf("VPC %q has no flow logs; add an aws_flow_log with vpc_id = %s", [r.name, lib.self_ref(r, "id")])
	v := lib.with_related(lib.violation_with_fixes(r, [], msg, fixes), lib.companion_related(r, _index))
}
