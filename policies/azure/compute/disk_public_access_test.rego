package azure.compute.disk_public_access_test

import data.azure.compute.disk_public_access as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_disk(name, attrs) := t.resource("azurerm_managed_disk", name, object.union({"storage_account_type": "Premium_LRS", "create_option": "Empty", "disk_size_gb": 64}, attrs))

test_open_disks if {
	_deny([
		_disk("a", {}),
		_disk("b", {"public_network_access_enabled": true, "network_access_policy": "AllowAll"}),
	]) == {"azurerm_managed_disk.a:public_network_access_enabled", "azurerm_managed_disk.b:public_network_access_enabled"}
}

test_closed_disks_pass if {
	_deny([
		_disk("a", {"public_network_access_enabled": false}),
		_disk("b", {"network_access_policy": "DenyAll"}),
		_disk("c", {"network_access_policy": "AllowPrivate", "disk_access_id": "x"}),
	]) == set()
}

test_fix if {
	some v in rule.deny with input as t.input_of([_disk("a", {})])
	v.fix.actions == [{"op": "set", "path": ["public_network_access_enabled"], "value": false}]
}

test_unknown_is_inconclusive if {
	rs := [_disk("a", {"network_access_policy": t.unknown("var.policy")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_managed_disk.a:public_network_access_enabled"}
	ps := [_disk("b", {"public_network_access_enabled": t.unknown("var.public")})]
	_deny(ps) == set()
	_deny_pessimistic(ps) == {"azurerm_managed_disk.b:public_network_access_enabled"}
}

_arm(name, props) := t.arm_resource("Microsoft.Compute/disks", name, {"apiVersion": "2023-04-02", "properties": object.union({"creationData": {"createOption": "Empty"}, "diskSizeGB": 64}, props)})

test_arm if {
	_deny([
		_arm("a", {}),
		_arm("b", {"publicNetworkAccess": "Enabled", "networkAccessPolicy": "AllowAll"}),
		_arm("c", {"PublicNetworkAccess": "Disabled"}),
		_arm("d", {"networkAccessPolicy": "DenyAll"}),
	]) == {"Microsoft.Compute/disks/a:properties.publicNetworkAccess", "Microsoft.Compute/disks/b:properties.publicNetworkAccess"}
	rs := [_arm("e", {"networkAccessPolicy": t.unknown("parameters('policy')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Compute/disks/e:properties.publicNetworkAccess"}
}
