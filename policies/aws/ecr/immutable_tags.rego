# METADATA
# title: ECR image tags must be immutable
# description: >-
#   With mutable tags anyone who can push can silently replace the image
#   behind a tag such as v1.4.2 that clusters and pipelines already trust,
#   and a deployment can no longer tell what code it runs.
# custom:
#   id: AWS-ECR-003
#   severity: LOW
#   category: data
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set image_tag_mutability = "IMMUTABLE" and publish every build under a
#     new tag (a version or commit hash) instead of moving a tag such as
#     latest.
#   equivalents:
#     checkov: [CKV_AWS_51]
#     tfsec: [aws-ecr-enforce-immutable-repository]
#     trivy: [AVD-AWS-0031]
#   defaults:
#     - attribute: image_tag_mutability
#       value: MUTABLE
#       source: hashicorp/aws v4+
#   fix: true
package aws.ecr.immutable_tags

import data.lib

deny contains v if {
	some r in lib.resources("aws_ecr_repository")
	mutability := lib.get(r.attributes, "image_tag_mutability", "MUTABLE")
	lib.is_in(mutability, {"MUTABLE", "MUTABLE_WITH_EXCLUSION"})
	msg := sprintf(`ECR repository %q allows image tags to be overwritten; set image_tag_mutability = "IMMUTABLE"`, [r.name])
	v := lib.violation_with_fixes(r, ["image_tag_mutability"], msg, _fixes(mutability))
}

# Only plain MUTABLE has an obvious immutable counterpart; a repository with
# exclusion filters needs its filters rethought.
_fixes(mutability) := [lib.fix_set(`Set image_tag_mutability = "IMMUTABLE"`, ["image_tag_mutability"], "IMMUTABLE")] if {
	mutability == "MUTABLE"
} else := []
