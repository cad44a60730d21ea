# METADATA
# title: SQS queue policies must not allow access to everyone
# description: >-
#   A queue policy statement that allows Principal "*" without a
#   condition such as aws:SourceArn or aws:PrincipalOrgID lets anyone send
#   messages into the queue, or read and delete the messages your
#   applications exchange.
# custom:
#   id: AWS-SQS-002
#   severity: HIGH
#   category: data
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Name the principals that use the queue instead of "*"; for a service
#     that delivers to the queue (an SNS topic, an EventBridge rule, S3) keep
#     the service principal and add a condition aws:SourceArn naming the source.
#   equivalents:
#     checkov: [CKV_AWS_168]
#   fix: false
package aws.sqs.queue_policy_public

import data.lib

# The resources that hold the policy, and how a message names them.
_policies contains {"r": r, "what": "SQS queue policy"} if {
	some r in lib.resources("aws_sqs_queue_policy")
}

_policies contains {"r": r, "what": "Policy of SQS queue"} if {
	some r in lib.resources("aws_sqs_queue")
}

deny contains v if {
	some p in _policies
	some e in lib.iam_policy_statements(p.r, ["policy"])
	lib.iam_everyone(e.statement)
	msg := sprintf(`%s allows everyone (%s) with no condition restricting the caller; name the principals that need access or add a condition such as aws:PrincipalOrgID`, [lib.iam_subject(e, p.r, p.what), lib.iam_wildcard_how(e.statement)])
	v := lib.violation(e.resource, e.path, msg)
}
