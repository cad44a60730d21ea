# METADATA
# title: IAM must not grant access to allUsers or allAuthenticatedUsers
# description: >-
#   A grant to allUsers or allAuthenticatedUsers on a project, a KMS key, a
#   BigQuery dataset or table, a secret or a service account gives that
#   access to anyone on the internet, or to anyone with any Google account.
# custom:
#   id: GCP-IAM-003
#   severity: HIGH
#   category: data
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["1.9", "7.1"]}
#   remediation: >-
#     Remove allUsers and allAuthenticatedUsers from the members, the
#     policy_data bindings and the BigQuery access blocks (special_group =
#     "allAuthenticatedUsers", iam_member = "allUsers"), and grant access to
#     named users, groups or service accounts. Enforce the organization
#     policy constraints/iam.allowedPolicyMemberDomains.
#   equivalents:
#     checkov: [CKV_GCP_15]
#     tfsec: [google-bigquery-no-public-access]
#   fix: true
package gcp.iam.public_members

import data.lib

_targets := {
	"project": "google_project_iam",
	"KMS crypto key": "google_kms_crypto_key_iam",
	"KMS key ring": "google_kms_key_ring_iam",
	"BigQuery dataset": "google_bigquery_dataset_iam",
	"BigQuery table": "google_bigquery_table_iam",
	"secret": "google_secret_manager_secret_iam",
	"service account": "google_service_account_iam",
}

deny contains v if {
	some what, prefix in _targets
	some suffix in ["_member", "_binding", "_policy"]
	some r in lib.resources(concat("", [prefix, suffix]))
	some g in lib.gcp_iam_grants(r)
	lib.gcp_is_public_member(g.member)
	msg := sprintf("%s IAM %q grants %s to %s; grant it to named principals instead", [what, r.name, lib.show(g.role), lib.show(g.member)])
	v := lib.violation_with_fixes(r, g.path, msg, [f | g.path == ["members"]; f := lib.gcp_fix_drop_public(r, "members")])
}

# BigQuery dataset access blocks, and the separate google_bigquery_dataset_access.
_access_entries contains {"r": r, "entry": a, "path": ["access", i]} if {
	some r in lib.resources("google_bigquery_dataset")
	some i, a in lib.blocks(r.attributes, "access")
}

_access_entries contains {"r": r, "entry": r.attributes, "path": []} if {
	some r in lib.resources("google_bigquery_dataset_access")
}

deny contains v if {
	some e in _access_entries
	some key in ["special_group", "iam_member"]
	value := lib.get(e.entry, key, null)
	lib.gcp_is_public_member(value)
	msg := sprintf("BigQuery dataset access %q grants %s to %s; grant it to named principals instead", [e.r.name, lib.show(lib.get(e.entry, "role", null)), lib.show(value)])
	fixes := [f | e.path != []; f := lib.fix_remove("Remove the public access block", e.path)]
	v := lib.violation_with_fixes(e.r, array.concat(e.path, [key]), msg, fixes)
}
