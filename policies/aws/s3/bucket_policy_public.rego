# METADATA
# title: S3 bucket policies must not allow access to everyone
# description: >-
#   A bucket policy statement that allows Principal "*" without a condition
#   tying the request to your organization, account, network or a source
#   resource lets anyone on the internet use the granted actions: read,
#   overwrite or delete the bucket's data.
# custom:
#   id: AWS-S3-005
#   severity: HIGH
#   category: data
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Name the principals that need access (account or role ARNs, service
#     principals) instead of "*", or keep "*" only together with a condition
#     such as aws:PrincipalOrgID, aws:SourceVpce or aws:SourceArn. Serve
#     public content through CloudFront with origin access control rather
#     than a public bucket policy.
#   equivalents:
#     checkov: [CKV_AWS_70]
#   fix: false
package aws.s3.bucket_policy_public

import data.lib

# Policies of a bucket: the split resource (AWS provider v4+) and the
# inline policy argument of the bucket (v3, deprecated since).
_policies contains {"r": r, "what": "S3 bucket policy"} if {
	some r in lib.resources("aws_s3_bucket_policy")
}

# Most buckets have no inline policy: skip them before listing statements
# (iam_policy_statements lists none for an absent policy).
_policies contains {"r": r, "what": "Policy of S3 bucket"} if {
	some r in lib.resources("aws_s3_bucket")
	r.attributes.policy != null
}

deny contains v if {
	some p in _policies
	some e in lib.iam_policy_statements(p.r, ["policy"])
	lib.iam_everyone(e.statement)
	msg := sprintf(`%s allows everyone (%s) with no condition restricting the caller; name the principals that need access or add a condition such as aws:PrincipalOrgID`, [lib.iam_subject(e, p.r, p.what), lib.iam_wildcard_how(e.statement)])
	v := lib.violation(e.resource, e.path, msg)
}
