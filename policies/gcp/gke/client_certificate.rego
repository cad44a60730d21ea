# METADATA
# title: GKE clusters must not issue client certificates
# description: >-
#   A cluster client certificate is a static, cluster-admin credential that
#   cannot be revoked short of rotating the cluster's credentials; anyone
#   who copies it from the Terraform state or a kubeconfig keeps full
#   access to the cluster.
# custom:
#   id: GCP-GKE-004
#   severity: HIGH
#   category: identity
#   providers: [google, google-beta]
#   formats: [terraform]
#   remediation: >-
#     Remove master_auth.client_certificate_config or set
#     issue_client_certificate = false (the default), and authenticate with
#     Google identities and RBAC. Changing it replaces the cluster.
#   equivalents:
#     checkov: [CKV_GCP_13]
#     tfsec: [google-gke-no-legacy-authentication]
#   fix: true
package gcp.gke.client_certificate

import data.lib

deny contains v if {
	some r in lib.resources("google_container_cluster")
	some i, auth in lib.blocks(r.attributes, "master_auth")
	some j, c in lib.blocks(auth, "client_certificate_config")
	lib.is_true(lib.get(c, "issue_client_certificate", false))
	path := ["master_auth", i, "client_certificate_config", j, "issue_client_certificate"]
	msg := sprintf("GKE cluster %q issues a static cluster-admin client certificate; set issue_client_certificate = false", [r.name])
	fix := lib.replacing(lib.fix_set("Set issue_client_certificate = false", path, false))
	v := lib.violation_fix(r, path, msg, fix)
}
