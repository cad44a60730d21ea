# METADATA
# title: IAM must not grant the basic Owner or Editor roles
# description: >-
#   roles/owner and roles/editor grant write access to nearly every service
#   of the project (Owner also to its IAM policy), so a phished user, a
#   leaked service account key or a compromised VM can change or delete
#   almost anything.
# custom:
#   id: GCP-IAM-001
#   severity: HIGH
#   category: identity
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["1.5"]}
#   remediation: >-
#     Replace roles/owner and roles/editor with the predefined roles the
#     principal needs (roles/compute.admin, roles/storage.objectAdmin, ...)
#     in google_project_iam_member / _binding / _policy, and likewise at
#     folder and organization level; keep owners to a break-glass group.
#   fix: false
package gcp.iam.basic_roles

import data.lib

_basic_roles := {"roles/owner", "roles/editor"}

_scopes := {
	"project": ["google_project_iam_member", "google_project_iam_binding", "google_project_iam_policy"],
	"folder": ["google_folder_iam_member", "google_folder_iam_binding", "google_folder_iam_policy"],
	"organization": ["google_organization_iam_member", "google_organization_iam_binding", "google_organization_iam_policy"],
}

deny contains v if {
	some scope, types in _scopes
	some type in types
	some r in lib.resources(type)
	some g in lib.gcp_iam_grants(r)
	lib.is_in(g.role, _basic_roles)
	lib.not_in(g.member, lib.gcp_public_members)
	msg := sprintf("%s IAM %q grants the basic role %s to %s; grant narrower predefined roles", [scope, r.name, lib.show(g.role), lib.show(g.member)])
	v := lib.violation(r, _path(r, g), msg)
}

# A grant's role is the fault when it is a separate attribute.
_path(r, g) := ["role"] if g.path != ["policy_data"]

else := g.path
