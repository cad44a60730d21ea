# METADATA
# title: Service account impersonation must not be granted project-wide
# description: >-
#   Service Account User or Token Creator on the project lets the principal
#   act as every service account of the project, present and future, and so
#   take on the strongest permissions any of them holds.
# custom:
#   id: GCP-IAM-004
#   severity: HIGH
#   category: identity
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["1.6"]}
#   remediation: >-
#     Grant roles/iam.serviceAccountUser and roles/iam.serviceAccountTokenCreator
#     on the individual service accounts the principal needs
#     (google_service_account_iam_member), not on the project, folder or
#     organization.
#   equivalents:
#     checkov: [CKV_GCP_41]
#     tfsec: [google-iam-no-project-level-service-account-impersonation]
#     trivy: [AVD-GCP-0011]
#   fix: false
package gcp.iam.service_account_impersonation

import data.lib

_roles := {"roles/iam.serviceAccountUser", "roles/iam.serviceAccountTokenCreator"}

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
	lib.is_in(g.role, _roles)
	msg := sprintf("%s IAM %q grants %s to %s on every service account of the %s; grant it on the service accounts needed", [scope, r.name, lib.show(g.role), lib.show(g.member), scope])
	v := lib.violation(r, _path(g), msg)
}

_path(g) := ["role"] if g.path != ["policy_data"]

else := g.path
