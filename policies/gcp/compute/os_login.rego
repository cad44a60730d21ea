# METADATA
# title: OS Login must not be turned off
# description: >-
#   Without OS Login, SSH access to VMs rests on keys pasted into metadata:
#   they are not tied to a person's Google identity, survive the person's
#   departure and cannot be forced to use two-step verification.
# custom:
#   id: GCP-GCE-004
#   severity: MEDIUM
#   category: identity
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["4.4"]}
#   remediation: >-
#     Set enable-oslogin = "TRUE" in the project metadata
#     (google_compute_project_metadata_item), or enforce the organization
#     policy constraints/compute.requireOsLogin, and remove enable-oslogin =
#     "FALSE" from instance and template metadata. A
#     google_compute_project_metadata resource replaces all project metadata,
#     so one without enable-oslogin turns OS Login off for the project.
#   equivalents:
#     checkov: [CKV_GCP_33, CKV_GCP_34]
#     tfsec: [google-compute-no-oslogin-override, google-compute-project-level-oslogin]
#   defaults:
#     - attribute: metadata.enable-oslogin
#       value: absent (OS Login off unless an organization policy requires it)
#       source: Compute Engine
#   fix: true
package gcp.compute.os_login

import data.lib

_key := "enable-oslogin"

_fix(path) := lib.fix_set(`Set enable-oslogin to "TRUE"`, path, "TRUE")

deny contains v if {
	some r in lib.gcp_instances
	value := lib.get(lib.get(r.attributes, "metadata", {}), _key, null)
	lib.gcp_metadata_false(value)
	path := ["metadata", _key]
	msg := sprintf(`VM instance %q turns OS Login off; set metadata enable-oslogin = "TRUE" or remove it`, [r.name])
	v := lib.violation_fix(r, path, msg, _fix(path))
}

# Project metadata that sets enable-oslogin to anything but true.
deny contains v if {
	some e in lib.gcp_project_metadata(_key)
	lib.gcp_metadata_not_true(e.value)
	msg := sprintf(`project metadata %q turns OS Login off for the project; set enable-oslogin = "TRUE"`, [e.resource.name])
	v := lib.violation_fix(e.resource, e.path, msg, _fix(e.path))
}

# The authoritative project metadata without enable-oslogin.
deny contains v if {
	some r in lib.resources("google_compute_project_metadata")
	metadata := lib.get(r.attributes, "metadata", {})
	lib.is_absent(metadata, _key)
	path := ["metadata", _key]
	msg := sprintf(`project metadata %q replaces the project's metadata without enable-oslogin, leaving OS Login off; set enable-oslogin = "TRUE"`, [r.name])
	v := lib.violation_fix(r, path, msg, _fix(path))
}
