# METADATA
# title: CloudTrail trails must deliver events to CloudWatch Logs
# description: >-
#   A trail that only writes to S3 cannot drive real-time alarms: root
#   logins, policy changes or disabled logging are noticed days later, if at
#   all.
# custom:
#   id: AWS-CT-004
#   severity: LOW
#   category: logging
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Create an aws_cloudwatch_log_group and an IAM role CloudTrail can
#     assume to write to it, then set cloud_watch_logs_group_arn (the log
#     group ARN followed by ":*") and cloud_watch_logs_role_arn on the trail;
#     add metric filters and alarms for the events you care about.
#   equivalents:
#     checkov: [CKV2_AWS_10]
#     trivy: [AVD-AWS-0162]
#   defaults:
#     - attribute: cloud_watch_logs_group_arn
#       value: absent means no delivery to CloudWatch Logs
#       source: hashicorp/aws v4+
#   fix: false
package aws.cloudtrail.cloudwatch_logs

import data.lib

_template := lib.template({
	"description": "Deliver the trail to a CloudWatch Logs log group",
	"actions": [
		{"op": "set", "path": ["cloud_watch_logs_group_arn"], "value": "<log group ARN>:*"},
		{"op": "set", "path": ["cloud_watch_logs_role_arn"], "value": "<IAM role ARN>"},
	],
})

deny contains v if {
	some r in lib.resources("aws_cloudtrail")
	lib.is_absent(r.attributes, "cloud_watch_logs_group_arn")
	msg := sprintf("CloudTrail trail %q does not deliver events to CloudWatch Logs; set cloud_watch_logs_group_arn and cloud_watch_logs_role_arn", [r.name])
	v := lib.violation_fix(r, ["cloud_watch_logs_group_arn"], msg, _template)
}
