# METADATA
# title: Service accounts should not have user-managed keys
# description: >-
#   A user-managed service account key is a long-lived credential that works
#   from anywhere until deleted; it ends up in repositories, laptops and CI
#   logs, and Terraform keeps the private key in its state.
# custom:
#   id: GCP-IAM-002
#   severity: MEDIUM
#   category: identity
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["1.4"]}
#   remediation: >-
#     Remove the google_service_account_key and authenticate workloads with
#     attached service accounts, Workload Identity (GKE) or Workload Identity
#     Federation (CI and other clouds); enforce the organization policy
#     constraints/iam.disableServiceAccountKeyCreation.
#   fix: false
package gcp.iam.service_account_keys

import data.lib

deny contains v if {
	some r in lib.resources("google_service_account_key")
	msg := sprintf("service account key %q is a long-lived user-managed credential; use attached service accounts or Workload Identity Federation", [r.name])
	v := lib.violation(r, [], msg)
}
