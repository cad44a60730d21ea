# METADATA
# title: Cloud Storage buckets should enforce public access prevention
# description: >-
#   With public_access_prevention left at "inherited", one IAM grant or ACL
#   entry to allUsers is enough to publish the bucket's data, unless an
#   organization policy forbids it; "enforced" makes the bucket refuse every
#   public grant.
# custom:
#   id: GCP-GCS-003
#   severity: LOW
#   category: data
#   providers: [google, google-beta]
#   formats: [terraform]
#   remediation: >-
#     Set public_access_prevention = "enforced" on every bucket that is not
#     meant to serve the public, or enforce the organization policy
#     constraints/storage.publicAccessPrevention. Buckets configured as
#     static websites (a website block) are left out, since they must be
#     public to work.
#   defaults:
#     - attribute: public_access_prevention
#       value: inherited
#       source: hashicorp/google v5 and v6
#   fix: true
package gcp.gcs.public_access_prevention

import data.lib

deny contains v if {
	some r in lib.resources("google_storage_bucket")
	count(lib.blocks(r.attributes, "website")) == 0
	lib.not_equals(lib.get(r.attributes, "public_access_prevention", "inherited"), "enforced")
	msg := sprintf(`Cloud Storage bucket %q does not enforce public access prevention; set public_access_prevention = "enforced"`, [r.name])
	fix := lib.fix_set(`Set public_access_prevention = "enforced"`, ["public_access_prevention"], "enforced")
	v := lib.violation_fix(r, ["public_access_prevention"], msg, fix)
}
