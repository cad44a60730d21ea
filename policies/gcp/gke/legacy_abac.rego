# METADATA
# title: GKE clusters must not enable legacy ABAC
# description: >-
#   Legacy attribute-based access control grants broad static permissions
#   that bypass Kubernetes RBAC, so a workload or user can do far more in
#   the cluster than its RBAC roles show.
# custom:
#   id: GCP-GKE-001
#   severity: HIGH
#   category: identity
#   providers: [google, google-beta]
#   formats: [terraform]
#   remediation: >-
#     Remove enable_legacy_abac (it defaults to false) and grant access with
#     Kubernetes RBAC roles and Google groups for RBAC.
#   equivalents:
#     checkov: [CKV_GCP_7]
#     tfsec: [google-gke-use-rbac-permissions]
#     kics: [5baa92d2-d8ee-4c75-88a4-52d9d8bb8067]
#   fix: true
package gcp.gke.legacy_abac

import data.lib

deny contains v if {
	some r in lib.resources("google_container_cluster")
	lib.is_true(lib.get(r.attributes, "enable_legacy_abac", false))
	msg := sprintf("GKE cluster %q enables legacy ABAC; remove enable_legacy_abac and use RBAC", [r.name])
	v := lib.violation_fix(r, ["enable_legacy_abac"], msg, lib.fix_remove("Remove enable_legacy_abac (defaults to false)", ["enable_legacy_abac"]))
}
