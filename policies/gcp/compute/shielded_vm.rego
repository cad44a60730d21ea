# METADATA
# title: VM instances must use Shielded VM secure boot and integrity monitoring
# description: >-
#   Without secure boot a rootkit or bootkit can load before the operating
#   system and hide from it; turning off the vTPM or integrity monitoring
#   removes the measurements that would reveal a tampered boot.
# custom:
#   id: GCP-GCE-006
#   severity: LOW
#   category: data
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["4.8"]}
#   remediation: >-
#     Add shielded_instance_config { enable_secure_boot = true } and leave
#     enable_vtpm and enable_integrity_monitoring at their default, true.
#     The image must support Shielded VM (all current public images do);
#     the provider stops the instance to apply the change when
#     allow_stopping_for_update = true.
#   equivalents:
#     checkov: [CKV_GCP_39]
#     tfsec: [google-compute-enable-shielded-vm-sb, google-compute-enable-shielded-vm-im]
#     trivy: [AVD-GCP-0067, AVD-GCP-0045]
#   defaults:
#     - attribute: shielded_instance_config.enable_secure_boot
#       value: false
#       source: hashicorp/google v4, v5 and v6
#     - attribute: shielded_instance_config.enable_vtpm
#       value: true
#       source: hashicorp/google v4, v5 and v6
#     - attribute: shielded_instance_config.enable_integrity_monitoring
#       value: true
#       source: hashicorp/google v4, v5 and v6
#   fix: true
package gcp.compute.shielded_vm

import data.lib

_msg(r) := sprintf("VM instance %q does not use Shielded VM secure boot; set shielded_instance_config.enable_secure_boot = true", [r.name])

# No shielded_instance_config block at all: secure boot is off.
deny contains v if {
	some r in lib.gcp_instances
	lib.is_in(lib.get(r.attributes, "shielded_instance_config", []), [[]])
	fix := lib.fix_add_block("Add shielded_instance_config with enable_secure_boot = true", ["shielded_instance_config"], {"enable_secure_boot": true})
	v := lib.violation_fix(r, ["shielded_instance_config"], _msg(r), fix)
}

deny contains v if {
	some r in lib.gcp_instances
	some i, b in lib.blocks(r.attributes, "shielded_instance_config")
	lib.is_false_or_absent(b, "enable_secure_boot")
	path := ["shielded_instance_config", i, "enable_secure_boot"]
	v := lib.violation_fix(r, path, _msg(r), lib.fix_set("Set enable_secure_boot = true", path, true))
}

deny contains v if {
	some r in lib.gcp_instances
	some i, b in lib.blocks(r.attributes, "shielded_instance_config")
	some key in ["enable_vtpm", "enable_integrity_monitoring"]
	lib.is_false(lib.get(b, key, true))
	path := ["shielded_instance_config", i, key]
	msg := sprintf("VM instance %q turns off Shielded VM %s; set %s = true", [r.name, key, key])
	v := lib.violation_fix(r, path, msg, lib.fix_set(sprintf("Set %s = true", [key]), path, true))
}
