# METADATA
# title: Cloud Storage buckets must not be public
# description: >-
#   A grant to allUsers or allAuthenticatedUsers, by IAM or by ACL, lets
#   anyone on the internet (or anyone with any Google account) read, list or
#   even overwrite the bucket's objects.
# custom:
#   id: GCP-GCS-002
#   severity: HIGH
#   category: data
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["5.1"]}
#   remediation: >-
#     Remove allUsers and allAuthenticatedUsers from the bucket's IAM members
#     and ACL entities, and grant access to named users, groups or service
#     accounts (the fix drops them from members and role_entity lists and
#     turns a public predefined ACL into projectPrivate). Serve public content through Cloud CDN or signed URLs, and set
#     public_access_prevention = "enforced" on buckets that must never be
#     public.
#   equivalents:
#     checkov: [CKV_GCP_28]
#     tfsec: [google-storage-no-public-access]
#   fix: true
package gcp.gcs.public_access

import data.lib

_iam_types := ["google_storage_bucket_iam_member", "google_storage_bucket_iam_binding", "google_storage_bucket_iam_policy"]

# Access control resources with a single entity.
_entity_types := {
	"google_storage_bucket_access_control": "bucket ACL entry",
	"google_storage_default_object_access_control": "default object ACL entry",
	"google_storage_object_access_control": "object ACL entry",
}

# Whole ACL resources: role_entity pairs and a predefined (canned) ACL.
_acl_types := {
	"google_storage_bucket_acl": "bucket ACL",
	"google_storage_default_object_acl": "default object ACL",
	"google_storage_object_acl": "object ACL",
}

# Canned ACLs that grant allUsers or allAuthenticatedUsers, in the JSON API
# spelling the provider passes on and the XML API spelling, lower case.
_public_predefined := {
	"publicread", "publicreadwrite", "authenticatedread",
	"public-read", "public-read-write", "authenticated-read",
}

deny contains v if {
	some type in _iam_types
	some r in lib.resources(type)
	some g in lib.gcp_iam_grants(r)
	lib.gcp_is_public_member(g.member)
	msg := sprintf("bucket IAM %q grants %s to %s; grant it to named principals instead", [r.name, lib.show(g.role), lib.show(g.member)])
	v := lib.violation_with_fixes(r, g.path, msg, [f | g.path == ["members"]; f := lib.gcp_fix_drop_public(r, "members")])
}

deny contains v if {
	some type, what in _entity_types
	some r in lib.resources(type)
	entity := lib.get(r.attributes, "entity", null)
	lib.gcp_is_public_entity(entity)
	msg := sprintf("%s %q grants access to %s; use a named user, group or project entity", [what, r.name, lib.show(entity)])
	v := lib.violation(r, ["entity"], msg)
}

deny contains v if {
	some type, what in _acl_types
	some r in lib.resources(type)
	some entry in lib.as_array(lib.get(r.attributes, "role_entity", []))
	lib.gcp_is_public_entity(entry)
	msg := sprintf("%s %q grants access to everyone with %s; remove the allUsers and allAuthenticatedUsers entries", [what, r.name, lib.show(entry)])
	v := lib.violation_with_fixes(r, ["role_entity"], msg, [f | f := lib.gcp_fix_drop_public(r, "role_entity")])
}

deny contains v if {
	some type, what in _acl_types
	some r in lib.resources(type)
	lib.is_in_ignore_case(lib.get(r.attributes, "predefined_acl", null), _public_predefined)
	msg := sprintf(`%s %q applies a public predefined ACL; set predefined_acl = "projectPrivate"`, [what, r.name])
	fix := lib.fix_set(`Set predefined_acl = "projectPrivate"`, ["predefined_acl"], "projectPrivate")
	v := lib.violation_fix(r, ["predefined_acl"], msg, fix)
}
