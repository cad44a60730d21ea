# Test helpers for ARM resources (package lib.testing, next to the
# Terraform ones in testing_test.rego) and the tests of lib/arm.rego.
package lib.testing

import data.lib

# arm_resource(type, name, attributes) is a resource of an ARM template:
# id "<full type>/<full name>", provider "azure", format "arm".
arm_resource(type, name, attributes) := {
	"id": sprintf("%s/%s", [type, name]),
	"type": type,
	"name": name,
	"provider": "azure",
	"format": "arm",
	"module": "",
	"file": "azuredeploy.json",
	"start_line": 1,
	"end_line": 1,
	"attributes": attributes,
	"references": [],
	"existence_unknown": false,
}

test_arm_resources_ignores_case if {
	a := arm_resource("Microsoft.Storage/storageAccounts", "a", {})
	b := arm_resource("microsoft.storage/storageaccounts", "b", {})
	c := arm_resource("Microsoft.Storage/storageAccounts/blobServices", "a/default", {})
	i := input_of([a, b, c])
	ids := {r.id | some r in lib.arm_resources("Microsoft.Storage/storageAccounts")} with input as i
	ids == {a.id, b.id}
	lib.arm_resources("Microsoft.Web/sites") == [] with input as i
}

test_arm_resources_only_arm if {
	tf := object.union(resource("azurerm_storage_account", "s", {}), {"type": "Microsoft.Storage/storageAccounts"})
	lib.arm_resources("Microsoft.Storage/storageAccounts") == [] with input as input_of([tf])
}

test_arm_resources_skips_existing if {
	a := arm_resource("Microsoft.KeyVault/vaults", "deployed", {"properties": {}})
	b := arm_resource("Microsoft.KeyVault/vaults", "elsewhere", {"existing": true})
	ids := [r.id | some r in lib.arm_resources("Microsoft.KeyVault/vaults")] with input as input_of([a, b])
	ids == [a.id]
}

test_arm_property if {
	lib.arm_property(arm_resource("T", "n", {"properties": {"x": 1}}), "x", 0) == 1
	lib.arm_property(arm_resource("T", "n", {"properties": {"x": null}}), "x", 0) == 0
	lib.arm_property(arm_resource("T", "n", {}), "x", 0) == 0
	lib.arm_property(arm_resource("T", "n", {"properties": unknown("parameters('p')")}), "x", 0) == unknown("parameters('p')")
}

test_arm_key_ignores_case if {
	lib.arm_key({"httpsOnly": true}, "httpsOnly") == "httpsOnly"
	lib.arm_key({"HttpsOnly": true}, "httpsOnly") == "HttpsOnly"
	lib.arm_key({"httpsonly": false, "HTTPSONLY": true}, "httpsOnly") == "HTTPSONLY"
	lib.arm_key({}, "httpsOnly") == "httpsOnly"
	lib.arm_key(unknown("parameters('p')"), "httpsOnly") == "httpsOnly"
	lib.arm_get({"Properties": {"x": 1}}, "properties", {}) == {"x": 1}
	lib.arm_get({"x": false}, "x", true) == false
	lib.arm_property(arm_resource("T", "n", {"Properties": {"SupportsHttpsTrafficOnly": false}}), "supportsHttpsTrafficOnly", true) == false
}

test_arm_property_absent if {
	lib.arm_property_absent(arm_resource("T", "n", {}), "x")
	lib.arm_property_absent(arm_resource("T", "n", {"properties": {"x": null}}), "x")
	not lib.arm_property_absent(arm_resource("T", "n", {"properties": {"X": false}}), "x")
	u := arm_resource("T", "n", {"properties": unknown("parameters('p')")})
	not lib.arm_property_absent(u, "x")
	lib.arm_property_absent(u, "x") with data.preflight.pessimistic as true
}

test_arm_api_before if {
	lib.arm_api_before(arm_resource("T", "n", {"apiVersion": "2018-07-01"}), "2019-04-01")
	lib.arm_api_before(arm_resource("T", "n", {"apiVersion": "2019-04-01-preview"}), "2019-04-02")
	not lib.arm_api_before(arm_resource("T", "n", {"apiVersion": "2019-04-01"}), "2019-04-01")
	not lib.arm_api_before(arm_resource("T", "n", {"apiVersion": "2023-01-01"}), "2019-04-01")
	not lib.arm_api_before(arm_resource("T", "n", {}), "2019-04-01")
	u := arm_resource("T", "n", {"apiVersion": unknown("variables('api')")})
	not lib.arm_api_before(u, "2019-04-01")
	lib.arm_api_before(u, "2019-04-01") with data.preflight.pessimistic as true
}
