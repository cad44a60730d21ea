# METADATA
# title: Linux virtual machines must not accept SSH password logins
# description: >-
#   A Linux VM that accepts passwords over SSH can be brute-forced and
#   password-sprayed by anyone who reaches port 22; SSH keys cannot be
#   guessed.
# custom:
#   id: AZ-VM-001
#   severity: HIGH
#   category: identity
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: configure admin_ssh_key and remove
#     disable_password_authentication = false (it defaults to true on
#     azurerm_linux_virtual_machine and the scale sets); on the legacy
#     azurerm_virtual_machine(_scale_set) set
#     os_profile_linux_config.disable_password_authentication = true. ARM:
#     set osProfile.linuxConfiguration.disablePasswordAuthentication to true
#     (virtualMachineProfile.osProfile... for scale sets) with
#     ssh.publicKeys. The change recreates the virtual machine; the fix is
#     offered only where SSH keys are configured.
#   equivalents:
#     checkov: [CKV_AZURE_1, CKV_AZURE_149, CKV_AZURE_178]
#     tfsec: [azure-compute-disable-password-authentication]
#     trivy: [AVD-AZU-0039]
#     psrule: [Azure.VM.PublicKey, Azure.VMSS.PublicKey]
#   defaults:
#     - attribute: disable_password_authentication (azurerm_linux_virtual_machine, azurerm_linux_virtual_machine_scale_set, orchestrated scale set linux_configuration)
#       value: true
#       source: azurerm v3 and v4
#     - attribute: os_profile_linux_config.disable_password_authentication (legacy azurerm_virtual_machine_scale_set)
#       value: false
#       source: azurerm v2 and v3
#     - attribute: properties.osProfile.linuxConfiguration.disablePasswordAuthentication
#       value: false
#       source: ARM (all API versions)
#   fix: true
package azure.compute.linux_password_auth

import data.lib

_msg(name, setting) := sprintf("Linux VM %q accepts SSH password logins; set %s to true and use SSH keys", [name, setting])

# _fixes(path, has_keys): the fix, offered only when SSH keys are configured
# (Azure refuses a Linux VM without password and without keys).
_fixes(path, has_keys) := [f |
	has_keys
	f := lib.replacing(lib.fix_set("Disable SSH password authentication", path, true))
]

# The current resources: the argument defaults to true.
deny contains v if {
	some type in ["azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set"]
	some r in lib.resources(type)
	lib.is_false(lib.get(r.attributes, "disable_password_authentication", true))
	path := ["disable_password_authentication"]
	keys := count(lib.blocks(r.attributes, "admin_ssh_key")) > 0
	v := lib.violation_with_fixes(r, path, _msg(r.name, "disable_password_authentication"), _fixes(path, keys))
}

deny contains v if {
	some r in lib.resources("azurerm_orchestrated_virtual_machine_scale_set")
	some i, os in lib.blocks(r.attributes, "os_profile")
	some j, linux in lib.blocks(os, "linux_configuration")
	lib.is_false(lib.get(linux, "disable_password_authentication", true))
	path := ["os_profile", i, "linux_configuration", j, "disable_password_authentication"]
	keys := count(lib.blocks(linux, "admin_ssh_key")) > 0
	v := lib.violation_with_fixes(r, path, _msg(r.name, "os_profile.linux_configuration.disable_password_authentication"), _fixes(path, keys))
}

# Legacy resources: required on azurerm_virtual_machine, default false on
# azurerm_virtual_machine_scale_set.
deny contains v if {
	some type in ["azurerm_virtual_machine", "azurerm_virtual_machine_scale_set"]
	some r in lib.resources(type)
	some i, linux in lib.blocks(r.attributes, "os_profile_linux_config")
	lib.is_false_or_absent(linux, "disable_password_authentication")
	path := ["os_profile_linux_config", i, "disable_password_authentication"]
	keys := count(lib.blocks(linux, "ssh_keys")) > 0
	v := lib.violation_with_fixes(r, path, _msg(r.name, "os_profile_linux_config.disable_password_authentication"), _fixes(path, keys))
}

# ARM: a Linux VM (linuxConfiguration present) without
# disablePasswordAuthentication = true.
_arm_kinds := [
	["Microsoft.Compute/virtualMachines", ["properties", "osProfile"]],
	["Microsoft.Compute/virtualMachineScaleSets", ["properties", "virtualMachineProfile", "osProfile"]],
]

deny contains v if {
	some kind in _arm_kinds
	some r in lib.arm_resources(kind[0])
	os := _arm_os_profile(r, kind[1])
	not lib.is_absent(os, lib.arm_key(os, "linuxConfiguration"))
	linux := lib.arm_get(os, "linuxConfiguration", {})
	lib.is_false(lib.arm_get(linux, "disablePasswordAuthentication", false))
	path := array.concat(kind[1], ["linuxConfiguration", "disablePasswordAuthentication"])
	keys := count(lib.as_array(lib.arm_get(lib.arm_get(linux, "ssh", {}), "publicKeys", null))) > 0
	setting := concat(".", path)
	v := lib.violation_with_fixes(r, path, _msg(r.name, setting), _fixes(path, keys))
}

# _arm_os_profile(r, path): the osProfile object at path (properties
# matched ignoring case), or {} when absent; an unknown ancestor is
# returned as the marker.
_arm_os_profile(r, path) := os if {
	count(path) == 2
	os := lib.arm_property(r, path[1], {})
} else := os if {
	count(path) == 3
	os := lib.arm_get(lib.arm_property(r, path[1], {}), path[2], {})
}
