# METADATA
# title: Interactive serial port access must be disabled
# description: >-
#   With serial-port-enable on, anyone with the right IAM permission can
#   reach the VM's serial console from any address, bypassing firewall rules
#   and the network path the VM's other access goes through.
# custom:
#   id: GCP-GCE-002
#   severity: MEDIUM
#   category: network
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["4.5"]}
#   remediation: >-
#     Remove serial-port-enable from the instance and project metadata or set
#     it to "false"; enforce the organization policy
#     constraints/compute.disableSerialPortAccess. Use the serial console
#     only briefly for troubleshooting.
#   equivalents:
#     checkov: [CKV_GCP_35]
#     tfsec: [google-compute-no-serial-port]
#   fix: true
package gcp.compute.serial_port

import data.lib

_key := "serial-port-enable"

_fix(path) := lib.fix_set(`Set serial-port-enable to "false"`, path, "false")

deny contains v if {
	some r in lib.gcp_instances
	value := lib.get(lib.get(r.attributes, "metadata", {}), _key, null)
	lib.gcp_metadata_true(value)
	path := ["metadata", _key]
	msg := sprintf(`VM instance %q enables the interactive serial console; set metadata serial-port-enable = "false"`, [r.name])
	v := lib.violation_fix(r, path, msg, _fix(path))
}

deny contains v if {
	some e in lib.gcp_project_metadata(_key)
	lib.gcp_metadata_true(e.value)
	msg := sprintf(`project metadata %q enables the interactive serial console for every VM; set serial-port-enable = "false"`, [e.resource.name])
	v := lib.violation_fix(e.resource, e.path, msg, _fix(e.path))
}
