# METADATA
# title: KMS key policies must not allow access to everyone
# description: >-
#   A key policy statement that allows Principal "*" without a condition
#   such as kms:CallerAccount or aws:PrincipalOrgID lets any AWS account use
#   the key, to decrypt what it protects, or, with kms:PutKeyPolicy, take it
#   over.
# custom:
#   id: AWS-KMS-002
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Grant the key to the account root (arn:aws:iam::<account>:root) and
#     the roles that use it, or keep "*" only together with a condition such as
#     kms:CallerAccount or aws:PrincipalOrgID.
#   equivalents:
#     checkov: [CKV_AWS_33]
#   fix: false
package aws.kms.key_policy_public

import data.lib

# The resources that hold the policy, and how a message names them.
# Most keys have no policy argument (the default key policy): skip them
# before listing statements (iam_policy_statements lists none for an
# absent policy).
_policies contains {"r": r, "what": "Policy of KMS key"} if {
	some r in lib.resources("aws_kms_key")
	r.attributes.policy != null
}

_policies contains {"r": r, "what": "KMS key policy"} if {
	some r in lib.resources("aws_kms_key_policy")
}

_policies contains {"r": r, "what": "Policy of KMS replica key"} if {
	some r in lib.resources("aws_kms_replica_key")
}

_policies contains {"r": r, "what": "Policy of KMS external key"} if {
	some r in lib.resources("aws_kms_external_key")
}

deny contains v if {
	some p in _policies
	some e in lib.iam_policy_statements(p.r, ["policy"])
	lib.iam_everyone(e.statement)
	msg := sprintf(`%s allows everyone (%s) with no condition restricting the caller; name the principals that need access or add a condition such as aws:PrincipalOrgID`, [lib.iam_subject(e, p.r, p.what), lib.iam_wildcard_how(e.statement)])
	v := lib.violation(e.resource, e.path, msg)
}
