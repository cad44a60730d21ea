# Tests of lib/azure_data.rego.
package lib.azure_data_test

import data.lib
import data.lib.testing as t

test_azure_arm_name_unknown if {
	lib.azure_arm_name_unknown(t.arm_resource("T/c", "[parameters('n')]/default", {"name": "default"}))
	lib.azure_arm_name_unknown(t.arm_resource("T/c", "x", {"name": t.unknown("parameters('n')")}))
	not lib.azure_arm_name_unknown(t.arm_resource("T/c", "acct/default", {"name": "acct/default"}))
}

test_azure_arm_ancestor if {
	c := t.arm_resource("Microsoft.Storage/storageAccounts/blobServices/containers", "Acct/default/c", {})
	lib.azure_arm_ancestor(c, 1) == "acct/default"
	lib.azure_arm_ancestor(c, 2) == "acct"
	not lib.azure_arm_ancestor(c, 3)
	not lib.azure_arm_ancestor(t.arm_resource("T", "[parameters('a')]/default", {}), 1)
}

test_azure_arm_indexes if {
	a := t.arm_resource("Microsoft.Storage/storageAccounts", "Acct", {})
	b := t.arm_resource("microsoft.storage/storageaccounts", "other", {})
	s1 := t.arm_resource("Microsoft.Storage/storageAccounts/blobServices", "acct/default", {})
	s2 := t.arm_resource("Microsoft.Storage/storageAccounts/blobServices", "[parameters('a')]/default", {})
	i := t.input_of([a, b, s1, s2])
	names := lib.azure_arm_by_name("Microsoft.Storage/storageAccounts") with input as i
	names == {"acct": [a], "other": [b]}
	children := lib.azure_arm_children_by_parent("Microsoft.Storage/storageAccounts/blobServices", 1) with input as i
	children == {"acct": [s1]}
	unknown := lib.azure_arm_unknown_names("Microsoft.Storage/storageAccounts/blobServices") with input as i
	unknown == {s2.id}
}

test_azure_not_equals_ignore_case if {
	lib.azure_not_equals_ignore_case("Allow", "Deny")
	lib.azure_not_equals_ignore_case(true, "Deny")
	not lib.azure_not_equals_ignore_case("deny", "Deny")
	not lib.azure_not_equals_ignore_case(t.unknown("var.x"), "Deny")
	lib.azure_not_equals_ignore_case(t.unknown("var.x"), "Deny") with data.preflight.pessimistic as true
}

test_azure_is_empty if {
	lib.azure_is_empty(null)
	lib.azure_is_empty("")
	lib.azure_is_empty([])
	not lib.azure_is_empty(["10.0.0.0/8"])
	not lib.azure_is_empty("10.0.0.1")
	not lib.azure_is_empty(t.unknown("var.ips"))
	lib.azure_is_empty(t.unknown("var.ips")) with data.preflight.pessimistic as true
}

test_azure_arm_public_enabled if {
	lib.azure_arm_public_enabled(t.arm_resource("T", "a", {"properties": {}}))
	lib.azure_arm_public_enabled(t.arm_resource("T", "a", {"properties": {"PublicNetworkAccess": "enabled"}}))
	not lib.azure_arm_public_enabled(t.arm_resource("T", "a", {"properties": {"publicNetworkAccess": "Disabled"}}))
	not lib.azure_arm_public_enabled(t.arm_resource("T", "a", {"properties": {"publicNetworkAccess": "SecuredByPerimeter"}}))
	u := t.arm_resource("T", "a", {"properties": {"publicNetworkAccess": t.unknown("parameters('p')")}})
	not lib.azure_arm_public_enabled(u)
	lib.azure_arm_public_enabled(u) with data.preflight.pessimistic as true
}

test_azure_arm_by_name_sorts_by_id if {
	b := t.arm_resource("Microsoft.Storage/storageAccounts", "acct", {"z": 1})
	a := t.arm_resource("microsoft.storage/storageaccounts", "ACCT", {"a": 1})
	i := t.input_of([a, b])
	names := lib.azure_arm_by_name("Microsoft.Storage/storageAccounts") with input as i
	names == {"acct": [b, a]}
}
