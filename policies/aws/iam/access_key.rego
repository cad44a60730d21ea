# METADATA
# title: IAM users must not have long-lived access keys
# description: >-
#   An access key never expires: once copied from a laptop, a CI variable
#   or a log, it works for whoever holds it until someone deletes it.
#   Created by Terraform, its secret is also written to the state file
#   (encrypted only when pgp_key is set).
# custom:
#   id: AWS-IAM-007
#   severity: MEDIUM
#   category: identity
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Give workloads roles (instance profiles, IRSA, ECS task roles), CI
#     systems OIDC federation, and people IAM Identity Center, and delete
#     the aws_iam_access_key. Where a key is unavoidable, create and rotate
#     it outside Terraform; status = "Inactive" disables a key without
#     deleting it.
#   defaults:
#     - attribute: status
#       value: Active
#       source: hashicorp/aws (every version)
#   fix: false
package aws.iam.access_key

import data.lib

deny contains v if {
	some r in lib.resources("aws_iam_access_key")
	lib.equals(lib.get(r.attributes, "status", "Active"), "Active")
	msg := sprintf("IAM access key %q is a long-lived credential whose secret is also stored in the Terraform state; use a role or federation instead", [r.name])
	v := lib.violation(r, ["status"], msg)
}
