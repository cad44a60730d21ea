# METADATA
# title: S3 bucket ACL must not grant public access
# description: >-
#   A canned ACL of public-read, public-read-write or authenticated-read, or a
#   grant to the AllUsers or AuthenticatedUsers group, lets anyone on the
#   internet (or any AWS account) list and read, or even write, the bucket's
#   objects.
# custom:
#   id: AWS-S3-001
#   severity: HIGH
#   category: data
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set acl = "private", or better remove the ACL and enforce bucket owner
#     ownership (aws_s3_bucket_ownership_controls with object_ownership =
#     "BucketOwnerEnforced"); share objects with bucket policies or
#     CloudFront instead.
#   equivalents:
#     checkov: [CKV_AWS_20, CKV_AWS_57]
#     tfsec: [aws-s3-no-public-access-with-acl]
#     trivy: [AVD-AWS-0092]
#     kics: [38c5ee0d-7f22-4260-ab72-5073048df100]
#   fix: true
package aws.s3.public_acl

import data.lib

_public_acls := {"public-read", "public-read-write", "authenticated-read"}

_public_groups := {
	"http://acs.amazonaws.com/groups/global/AllUsers",
	"http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
}

# _public_acl(acl): acl is a public canned ACL. False rather than undefined
# otherwise: OPA keeps the value of a call for the same arguments, not a
# failure, and nearly every bucket has the same ACL ("private").
_public_acl(acl) := true if {
	lib.is_in(acl, _public_acls)
} else := false

_fix := lib.fix_set(`Set acl = "private"`, ["acl"], "private")

# AWS provider v3: the ACL is an argument of the bucket.
deny contains v if {
	some r in lib.resources("aws_s3_bucket")
	_public_acl(lib.get(r.attributes, "acl", "private"))
	v := lib.violation_fix(r, ["acl"], sprintf(`S3 bucket %q has a public canned ACL; set acl = "private"`, [r.name]), _fix)
}

# AWS provider v4+: a separate aws_s3_bucket_acl resource.
deny contains v if {
	some r in lib.resources("aws_s3_bucket_acl")
	_public_acl(lib.get(r.attributes, "acl", "private"))
	v := lib.violation_fix(r, ["acl"], sprintf(`S3 bucket ACL %q grants public access; set acl = "private"`, [r.name]), _fix)
}

# v4+: explicit grants to everyone in access_control_policy.
deny contains v if {
	some r in lib.resources("aws_s3_bucket_acl")
	some i, policy in lib.blocks(r.attributes, "access_control_policy")
	some j, grant in lib.blocks(policy, "grant")
	some k, grantee in lib.blocks(grant, "grantee")
	lib.is_in(lib.get(grantee, "uri", null), _public_groups)
	path := ["access_control_policy", i, "grant", j, "grantee", k, "uri"]
	v := lib.violation(r, path, sprintf("S3 bucket ACL %q grants access to all users; remove the grant to the AllUsers and AuthenticatedUsers groups", [r.name]))
}

# v3: grant blocks of the bucket.
deny contains v if {
	some r in lib.resources("aws_s3_bucket")
	some i, grant in lib.blocks(r.attributes, "grant")
	lib.is_in(lib.get(grant, "uri", null), _public_groups)
	v := lib.violation(r, ["grant", i, "uri"], sprintf("S3 bucket %q grants access to all users; remove the grant to the AllUsers and AuthenticatedUsers groups", [r.name]))
}
