# METADATA
# title: VMs must not run as the default service account with full API access
# description: >-
#   The Compute Engine default service account holds the Editor role on the
#   project by default; with the cloud-platform scope, anyone who gets code
#   running on the VM can read and change almost everything in the project.
# custom:
#   id: GCP-GCE-005
#   severity: HIGH
#   category: identity
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["4.2"]}
#   remediation: >-
#     Create a dedicated google_service_account with only the roles the
#     workload needs and set it as service_account.email; keep the
#     cloud-platform scope on that account and control access with IAM.
#     Alternatively list only the narrow scopes the workload uses.
#   equivalents:
#     checkov: [CKV_GCP_31]
#     kics: [bc280331-27b9-4acb-a010-018e8098aa5d]
#   defaults:
#     - attribute: service_account.email
#       value: the Compute Engine default service account
#       source: Compute Engine
#   fix: false
package gcp.compute.default_service_account

import data.lib

_full_scopes := {"cloud-platform", "https://www.googleapis.com/auth/cloud-platform"}

# _default_account(email): the service_account block's email is the default
# Compute Engine account: absent, a literal ...-compute@developer address,
# or the google_compute_default_service_account data source. A reference to
# a google_service_account is not; any other unknown value is inconclusive.
_default_account(email) if email == null

_default_account(email) if {
	is_string(email)
	endswith(email, "-compute@developer.gserviceaccount.com")
}

_default_account(email) if contains(lib.unknown_expr(email), "google_compute_default_service_account.")

_default_account(email) if {
	expr := lib.unknown_expr(email)
	not contains(expr, "google_compute_default_service_account.")
	not contains(expr, "google_service_account.")

	# An unknown value is in no set: true in the pessimistic pass only.
	lib.is_in(email, set())
}

deny contains v if {
	some r in lib.gcp_instances
	some i, sa in lib.blocks(r.attributes, "service_account")
	_default_account(lib.get(sa, "email", null))
	some scope in lib.as_array(lib.get(sa, "scopes", []))
	lib.is_in(scope, _full_scopes)
	msg := sprintf("VM instance %q runs as the default service account with the cloud-platform scope; use a dedicated service account", [r.name])
	v := lib.violation(r, ["service_account", i, "scopes"], msg)
}
