# METADATA
# title: EKS clusters must encrypt Kubernetes secrets with a KMS key you control
# description: >-
#   Without envelope encryption under your own KMS key, Kubernetes secrets
#   in the cluster's etcd are protected only by keys AWS manages for you:
#   you cannot restrict, audit or revoke who can decrypt them.
# custom:
#   id: AWS-EKS-001
#   severity: MEDIUM
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Add encryption_config { resources = ["secrets"] provider { key_arn =
#     aws_kms_key.eks.arn } } to aws_eks_cluster. It can be added to an
#     existing cluster in place but never removed afterwards; keep the key
#     and its policy for the cluster's lifetime.
#   equivalents:
#     checkov: [CKV_AWS_58]
#     tfsec: [aws-eks-encrypt-secrets]
#     trivy: [AVD-AWS-0039]
#   defaults:
#     - attribute: encryption_config
#       value: null
#       source: >-
#         hashicorp/aws; secrets are then only under the AWS owned key EKS
#         applies by default since 2025
#   fix: false
package aws.eks.secrets_encryption

import data.lib

# The key is the user's to choose: the fix is a template with a placeholder.
_fix := lib.template(lib.fix_add_block(
	"Add encryption_config for secrets with your KMS key",
	["encryption_config"], {"resources": ["secrets"], "provider": [{"key_arn": "<KMS key ARN>"}]},
))

deny contains v if {
	some r in lib.resources("aws_eks_cluster")
	count(lib.blocks(r.attributes, "encryption_config")) == 0
	msg := sprintf(`EKS cluster %q does not encrypt Kubernetes secrets with a KMS key; add encryption_config with resources = ["secrets"]`, [r.name])
	v := lib.violation_fix(r, ["encryption_config"], msg, _fix)
}

# An encryption_config whose resources leave out "secrets". Each element is
# checked three-valued; every() over an empty list is true.
deny contains v if {
	some r in lib.resources("aws_eks_cluster")
	some i, config in lib.blocks(r.attributes, "encryption_config")
	resources := lib.get(config, "resources", [])
	_lacks_secrets(resources)
	path := ["encryption_config", i, "resources"]
	msg := sprintf(`EKS cluster %q does not encrypt Kubernetes secrets with a KMS key; add "secrets" to encryption_config.resources`, [r.name])
	v := lib.violation(r, path, msg)
}

_lacks_secrets(xs) if {
	lib.is_known(xs)
	every x in lib.as_array(xs) {
		lib.not_equals(x, "secrets")
	}
}

_lacks_secrets(xs) if {
	lib.is_unknown(xs)
	lib.pessimistic
}
