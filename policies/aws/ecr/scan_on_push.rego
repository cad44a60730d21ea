# METADATA
# title: ECR repositories must scan images on push
# description: >-
#   Images pushed without a vulnerability scan can ship known critical
#   vulnerabilities to production without anyone being told.
# custom:
#   id: AWS-ECR-002
#   severity: LOW
#   category: logging
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Add image_scanning_configuration { scan_on_push = true } to the
#     repository, or turn on enhanced scanning for the registry with an
#     aws_ecr_registry_scanning_configuration (scan_type = "ENHANCED"), which
#     makes the per-repository setting irrelevant.
#   equivalents:
#     checkov: [CKV_AWS_163]
#     tfsec: [aws-ecr-enable-image-scans]
#     trivy: [AVD-AWS-0030]
#   defaults:
#     - attribute: image_scanning_configuration.scan_on_push
#       value: false (no block means no scan on push)
#       source: hashicorp/aws v4+
#   fix: true
package aws.ecr.scan_on_push

import data.lib

# _registry_scans: a registry-wide scanning configuration in this scan scans
# every image on push (enhanced scanning, or a basic SCAN_ON_PUSH rule for
# every repository). Like lib.has_companion it states the secure condition
# three-valued: an unknown configuration counts in the normal pass only.
_registry_scans if {
	some c in lib.resources("aws_ecr_registry_scanning_configuration")
	_may_count(c)
	_covers_all(c)
}

_may_count(c) if not lib.may_not_exist(c)

_may_count(c) if {
	lib.may_not_exist(c)
	not lib.pessimistic
}

_covers_all(c) if {
	type := lib.get(c.attributes, "scan_type", null)
	is_string(type)
	upper(type) == "ENHANCED"
}

_covers_all(c) if {
	some rule in lib.blocks(c.attributes, "rule")
	lib.get(rule, "scan_frequency", null) == "SCAN_ON_PUSH"
	some f in lib.blocks(rule, "repository_filter")
	lib.get(f, "filter", null) == "*"
}

_covers_all(c) if {
	lib.is_unknown(lib.get(c.attributes, "scan_type", null))
	not lib.pessimistic
}

_covers_all(c) if {
	some rule in lib.blocks(c.attributes, "rule")
	lib.is_unknown(rule)
	not lib.pessimistic
}

deny contains v if {
	some r in lib.resources("aws_ecr_repository")
	not _registry_scans
	count(lib.blocks(r.attributes, "image_scanning_configuration")) == 0
	msg := sprintf("ECR repository %q does not scan images on push; add image_scanning_configuration { scan_on_push = true }", [r.name])
	fix := lib.fix_add_block("Add image_scanning_configuration { scan_on_push = true }", ["image_scanning_configuration"], {"scan_on_push": true})
	v := lib.violation_fix(r, [], msg, fix)
}

deny contains v if {
	some r in lib.resources("aws_ecr_repository")
	not _registry_scans
	some i, block in lib.blocks(r.attributes, "image_scanning_configuration")
	lib.is_false_or_absent(block, "scan_on_push")
	path := ["image_scanning_configuration", i, "scan_on_push"]
	msg := sprintf("ECR repository %q does not scan images on push; set image_scanning_configuration.scan_on_push = true", [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set scan_on_push = true", path, true))
}
