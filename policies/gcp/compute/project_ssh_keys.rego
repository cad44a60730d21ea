# METADATA
# title: VM instances must block project-wide SSH keys
# description: >-
#   Without block-project-ssh-keys, every SSH key in the project's metadata
#   opens every VM of the project, so one leaked or forgotten key of a
#   former colleague gives a shell on all of them.
# custom:
#   id: GCP-GCE-003
#   severity: MEDIUM
#   category: identity
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["4.3"]}
#   remediation: >-
#     Set metadata block-project-ssh-keys = "true" on the instance or
#     template, and give access with instance-level keys or, better, OS
#     Login (enable-oslogin = "TRUE"), which ignores metadata keys
#     altogether: instances with OS Login on, by their own metadata or by
#     project metadata in the same configuration, are not reported.
#   equivalents:
#     checkov: [CKV_GCP_32]
#     tfsec: [google-compute-no-project-wide-ssh-keys]
#     trivy: [AVD-GCP-0030]
#   defaults:
#     - attribute: metadata.block-project-ssh-keys
#       value: absent (project keys accepted)
#       source: Compute Engine
#   fix: true
package gcp.compute.project_ssh_keys

import data.lib

_key := "block-project-ssh-keys"

# Project-level enable-oslogin values set in this configuration.
_project_oslogin := [e.value | some e in lib.gcp_project_metadata("enable-oslogin")]

# _oslogin_off(meta): OS Login is not on for an instance with metadata meta:
# its own enable-oslogin is not true, or it sets none and no project
# metadata of this configuration turns it on.
_oslogin_off(meta) if {
	value := lib.get(meta, "enable-oslogin", null)
	value != null
	lib.gcp_metadata_not_true(value)
}

_oslogin_off(meta) if {
	lib.is_absent(meta, "enable-oslogin")
	every p in _project_oslogin {
		lib.gcp_metadata_not_true(p)
	}
}

deny contains v if {
	some r in lib.gcp_instances
	meta := lib.get(r.attributes, "metadata", {})
	lib.gcp_metadata_not_true(lib.get(meta, _key, "false"))
	_oslogin_off(meta)
	path := ["metadata", _key]
	msg := sprintf(`VM instance %q accepts project-wide SSH keys; set metadata block-project-ssh-keys = "true"`, [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set block-project-ssh-keys to "true"`, path, "true"))
}
