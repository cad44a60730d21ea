# METADATA
# title: App Service apps behind a private endpoint must disable public network access
# description: >-
#   An app given a private endpoint is meant to be reached from the private
#   network only; with public network access still enabled it keeps
#   answering on its public hostname, so the private endpoint protects
#   nothing and the app stays exposed to the internet.
# custom:
#   id: AZ-APP-006
#   severity: MEDIUM
#   category: network
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: set public_network_access_enabled = false on the web or
#     function app that an azurerm_private_endpoint connects to (subresource
#     "sites"); the provider sends "Enabled" when the argument is absent.
#     ARM: set properties.publicNetworkAccess to "Disabled" on the
#     Microsoft.Web/sites resource a Microsoft.Network/privateEndpoints
#     resource connects to. Apps without a private endpoint are not judged:
#     most are meant to be public.
#   equivalents:
#     checkov: [CKV_AZURE_222]
#   defaults:
#     - attribute: public_network_access_enabled
#       value: true (sent to Azure as "Enabled")
#       source: azurerm v3 and v4
#   fix: true
package azure.appservice.private_endpoint_public_access

import data.lib

_tf_types := {
	"azurerm_linux_function_app",
	"azurerm_linux_web_app",
	"azurerm_windows_function_app",
	"azurerm_windows_web_app",
}

# _counts(pe): in the normal pass only endpoints certain to exist make the
# app private; in the pessimistic pass any may.
_counts(pe) if not lib.may_not_exist(pe)

_counts(pe) if {
	lib.may_not_exist(pe)
	lib.pessimistic
}

# _tf_endpoints(r): private endpoints that connect to app r itself
# (subresource "sites"; "sites-<slot>" targets a deployment slot).
_tf_endpoints(r) := {pe.id |
	some pe in lib.referrers(r, "azurerm_private_endpoint")
	_counts(pe)
	some c in lib.blocks(pe.attributes, "private_service_connection")
	some name in lib.as_array(lib.get(c, "subresource_names", null))
	lib.is_in_ignore_case(name, {"sites"})
}

deny contains v if {
	some type in _tf_types
	some r in lib.resources(type)
	endpoints := _tf_endpoints(r)
	count(endpoints) > 0
	lib.is_true_or_absent(r.attributes, "public_network_access_enabled")
	path := ["public_network_access_enabled"]
	msg := sprintf("app %q has a private endpoint but still accepts traffic from the internet; set public_network_access_enabled = false", [r.name])
	fix := lib.fix_set("Set public_network_access_enabled = false", path, false)
	v := lib.with_related(lib.violation_fix(r, path, msg, fix), endpoints)
}

# ARM: private endpoints are linked to the app by their
# privateLinkServiceId (a resourceId() the graph records as a reference).
_arm_endpoints(r) := {pe.id |
	some id in object.get(input.referenced_by, r.id, [])
	pe := input.resources[id]
	lower(pe.type) == "microsoft.network/privateendpoints"
	_counts(pe)
	props := lib.arm_properties(pe)
	some key in ["privateLinkServiceConnections", "manualPrivateLinkServiceConnections"]
	some c in lib.blocks(props, lib.arm_key(props, key))
	some group in lib.as_array(lib.arm_get(lib.arm_get(c, "properties", {}), "groupIds", null))
	lib.is_in_ignore_case(group, {"sites"})
}

# Only an explicit "Enabled" is reported: whether Azure keeps public access
# on for an app whose template leaves publicNetworkAccess unset once a
# private endpoint exists is not documented precisely enough to judge.
deny contains v if {
	some r in lib.arm_resources("Microsoft.Web/sites")
	endpoints := _arm_endpoints(r)
	count(endpoints) > 0
	lib.equals_ignore_case(lib.arm_property(r, "publicNetworkAccess", null), "Enabled")
	path := ["properties", "publicNetworkAccess"]
	msg := sprintf(`app %q has a private endpoint but still accepts traffic from the internet; set properties.publicNetworkAccess to "Disabled"`, [r.name])
	fix := lib.fix_set(`Set properties.publicNetworkAccess to "Disabled"`, path, "Disabled")
	v := lib.with_related(lib.violation_fix(r, path, msg, fix), endpoints)
}
