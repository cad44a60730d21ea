package azure.compute.linux_password_auth_test

import data.azure.compute.linux_password_auth as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_fix(rs) := v.fix if {
	some v in rule.deny with input as t.input_of(rs)
}

_key := [{"username": "azureuser", "public_key": "ssh-ed25519 AAAA"}]

test_password_auth_enabled if {
	_deny([
		t.resource("azurerm_linux_virtual_machine", "a", {"disable_password_authentication": false, "admin_password": "x"}),
		t.resource("azurerm_linux_virtual_machine_scale_set", "b", {"disable_password_authentication": "false"}),
		t.resource("azurerm_orchestrated_virtual_machine_scale_set", "c", {"os_profile": [{"linux_configuration": [{"disable_password_authentication": false}]}]}),
		t.resource("azurerm_virtual_machine", "d", {"os_profile_linux_config": [{"disable_password_authentication": false}]}),
		t.resource("azurerm_virtual_machine_scale_set", "e", {"os_profile_linux_config": [{}]}),
	]) == {
		"azurerm_linux_virtual_machine.a:disable_password_authentication",
		"azurerm_linux_virtual_machine_scale_set.b:disable_password_authentication",
		"azurerm_orchestrated_virtual_machine_scale_set.c:os_profile.0.linux_configuration.0.disable_password_authentication",
		"azurerm_virtual_machine.d:os_profile_linux_config.0.disable_password_authentication",
		"azurerm_virtual_machine_scale_set.e:os_profile_linux_config.0.disable_password_authentication",
	}
}

test_keys_only_pass if {
	_deny([
		t.resource("azurerm_linux_virtual_machine", "a", {"admin_ssh_key": _key}),
		t.resource("azurerm_linux_virtual_machine", "b", {"disable_password_authentication": true, "admin_ssh_key": _key}),
		t.resource("azurerm_orchestrated_virtual_machine_scale_set", "c", {"os_profile": [{"linux_configuration": [{}]}]}),
		t.resource("azurerm_orchestrated_virtual_machine_scale_set", "w", {"os_profile": [{"windows_configuration": [{}]}]}),
		t.resource("azurerm_virtual_machine", "d", {"os_profile_linux_config": [{"disable_password_authentication": true}]}),
		t.resource("azurerm_virtual_machine", "win", {"os_profile_windows_config": [{}]}),
	]) == set()
}

test_fix_only_with_ssh_keys if {
	f := _fix([t.resource("azurerm_linux_virtual_machine", "a", {"disable_password_authentication": false, "admin_ssh_key": _key})])
	f.replaces == true
	f.actions == [{"op": "set", "path": ["disable_password_authentication"], "value": true}]
	some v in rule.deny with input as t.input_of([t.resource("azurerm_linux_virtual_machine", "b", {"disable_password_authentication": false})])
	not v.fix
}

test_unknown_is_inconclusive if {
	rs := [t.resource("azurerm_linux_virtual_machine", "a", {"disable_password_authentication": t.unknown("var.passwords")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_linux_virtual_machine.a:disable_password_authentication"}
}

_vm(name, os) := t.arm_resource("Microsoft.Compute/virtualMachines", name, {"apiVersion": "2023-09-01", "properties": {"osProfile": os}})

test_arm if {
	vmss := t.arm_resource("Microsoft.Compute/virtualMachineScaleSets", "ss", {"properties": {"virtualMachineProfile": {"osProfile": {"linuxConfiguration": {"disablePasswordAuthentication": false}}}}})
	_deny([
		_vm("a", {"adminUsername": "u", "adminPassword": "p", "linuxConfiguration": {}}),
		_vm("b", {"LinuxConfiguration": {"DisablePasswordAuthentication": false}}),
		_vm("c", {"linuxConfiguration": {"disablePasswordAuthentication": true, "ssh": {"publicKeys": [{"path": "/home/u/.ssh/authorized_keys", "keyData": "ssh-ed25519 AAAA"}]}}}),
		_vm("win", {"adminPassword": "p", "windowsConfiguration": {}}),
		vmss,
	]) == {
		"Microsoft.Compute/virtualMachines/a:properties.osProfile.linuxConfiguration.disablePasswordAuthentication",
		"Microsoft.Compute/virtualMachines/b:properties.osProfile.linuxConfiguration.disablePasswordAuthentication",
		"Microsoft.Compute/virtualMachineScaleSets/ss:properties.virtualMachineProfile.osProfile.linuxConfiguration.disablePasswordAuthentication",
	}
}

test_arm_fix_with_keys if {
	f := _fix([_vm("a", {"linuxConfiguration": {"disablePasswordAuthentication": false, "ssh": {"publicKeys": [{"keyData": "ssh-ed25519 AAAA"}]}}})])
	f.actions == [{"op": "set", "path": ["properties", "osProfile", "linuxConfiguration", "disablePasswordAuthentication"], "value": true}]
}

test_arm_unknown_is_inconclusive if {
	rs := [_vm("a", {"linuxConfiguration": {"disablePasswordAuthentication": t.unknown("parameters('passwords')")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Compute/virtualMachines/a:properties.osProfile.linuxConfiguration.disablePasswordAuthentication"}
}
