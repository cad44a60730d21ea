# METADATA
# title: SNS topic policies must not allow access to everyone
# description: >-
#   A topic policy statement that allows Principal "*" without a
#   condition such as aws:SourceOwner, aws:SourceArn or aws:PrincipalOrgID
#   lets anyone publish to the topic, or subscribe their own endpoint and
#   receive every message.
# custom:
#   id: AWS-SNS-002
#   severity: HIGH
#   category: data
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Name the principals that publish or subscribe instead of "*", or keep
#     "*" only together with a condition such as aws:SourceOwner (the default
#     topic policy), aws:SourceArn or aws:PrincipalOrgID.
#   equivalents:
#     checkov: [CKV_AWS_169]
#   fix: false
package aws.sns.topic_policy_public

import data.lib

# The resources that hold the policy, and how a message names them.
_policies contains {"r": r, "what": "SNS topic policy"} if {
	some r in lib.resources("aws_sns_topic_policy")
}

_policies contains {"r": r, "what": "Policy of SNS topic"} if {
	some r in lib.resources("aws_sns_topic")
}

deny contains v if {
	some p in _policies
	some e in lib.iam_policy_statements(p.r, ["policy"])
	lib.iam_everyone(e.statement)
	msg := sprintf(`%s allows everyone (%s) with no condition restricting the caller; name the principals that need access or add a condition such as aws:PrincipalOrgID`, [lib.iam_subject(e, p.r, p.what), lib.iam_wildcard_how(e.statement)])
	v := lib.violation(e.resource, e.path, msg)
}
