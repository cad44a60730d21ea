# METADATA
# title: Cloud Storage buckets must enforce uniform bucket-level access
# description: >-
#   Without uniform bucket-level access, object ACLs can grant access that
#   the bucket's IAM policy does not show, so nobody can tell from IAM alone
#   who may read the data, and a single object can be made public by
#   mistake.
# custom:
#   id: GCP-GCS-001
#   severity: MEDIUM
#   category: data
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["5.2"]}
#   remediation: >-
#     Set uniform_bucket_level_access = true on the google_storage_bucket and
#     grant access with IAM (google_storage_bucket_iam_member) instead of
#     ACLs. Check first that no workload relies on object ACLs: they stop
#     applying as soon as the setting is on.
#   equivalents:
#     checkov: [CKV_GCP_29]
#     tfsec: [google-storage-enable-ubla]
#   defaults:
#     - attribute: uniform_bucket_level_access
#       value: false
#       source: hashicorp/google v4, v5 and v6
#   fix: true
package gcp.gcs.uniform_access

import data.lib

# bucket_policy_only is the google provider v3 name of the same setting; a
# bucket that sets it to true is secure.
deny contains v if {
	some r in lib.resources("google_storage_bucket")
	lib.is_false_or_absent(r.attributes, "uniform_bucket_level_access")
	lib.is_false_or_absent(r.attributes, "bucket_policy_only")
	msg := sprintf("Cloud Storage bucket %q allows object ACLs; set uniform_bucket_level_access = true", [r.name])
	fix := lib.fix_set("Set uniform_bucket_level_access = true", ["uniform_bucket_level_access"], true)
	v := lib.violation_fix(r, ["uniform_bucket_level_access"], msg, fix)
}
