# METADATA
# title: ECR repository policies must not allow access to everyone
# description: >-
#   A repository policy statement that allows Principal "*" without a
#   condition tying the request to your organization, account or network lets
#   anyone pull your images, with the code and any secrets baked into them,
#   or, with push actions, replace them with their own.
# custom:
#   id: AWS-ECR-001
#   severity: HIGH
#   category: data
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Name the accounts or roles that pull or push instead of "*", or keep
#     "*" only together with a condition such as aws:PrincipalOrgID. Publish
#     images meant for everyone in an ECR Public repository instead.
#   equivalents:
#     checkov: [CKV_AWS_32]
#     tfsec: [aws-ecr-no-public-access]
#     trivy: [AVD-AWS-0032]
#   fix: false
package aws.ecr.repository_policy_public

import data.lib

# The resources that hold the policy, and how a message names them.
_policies contains {"r": r, "what": "ECR repository policy"} if {
	some r in lib.resources("aws_ecr_repository_policy")
}

deny contains v if {
	some p in _policies
	some e in lib.iam_policy_statements(p.r, ["policy"])
	lib.iam_everyone(e.statement)
	msg := sprintf(`%s allows everyone (%s) with no condition restricting the caller; name the principals that need access or add a condition such as aws:PrincipalOrgID`, [lib.iam_subject(e, p.r, p.what), lib.iam_wildcard_how(e.statement)])
	v := lib.violation(e.resource, e.path, msg)
}
