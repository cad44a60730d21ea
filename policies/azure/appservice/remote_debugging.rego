# METADATA
# title: App Service apps must not enable remote debugging
# description: >-
#   Remote debugging opens extra inbound ports on the app's workers and
#   lets whoever holds the publishing credentials attach a debugger to the
#   production process, read its memory and change its behaviour.
# custom:
#   id: AZ-APP-004
#   severity: MEDIUM
#   category: network
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: remove site_config.remote_debugging_enabled or set it to
#     false (the default) on web and function apps and their slots. ARM:
#     remove properties.siteConfig.remoteDebuggingEnabled (or
#     properties.remoteDebuggingEnabled on the app's config "web" resource)
#     or set it to false. Debug a staging slot or a local copy instead.
#   equivalents:
#     checkov: [CKV_AZURE_72, CKV_AZURE_155]
#     psrule: [Azure.AppService.RemoteDebug]
#   fix: true
package azure.appservice.remote_debugging

import data.lib

_tf_types := {
	"azurerm_app_service",
	"azurerm_app_service_slot",
	"azurerm_function_app",
	"azurerm_function_app_slot",
	"azurerm_linux_function_app",
	"azurerm_linux_function_app_slot",
	"azurerm_linux_web_app",
	"azurerm_linux_web_app_slot",
	"azurerm_windows_function_app",
	"azurerm_windows_function_app_slot",
	"azurerm_windows_web_app",
	"azurerm_windows_web_app_slot",
}

_msg(name, setting) := sprintf("app %q allows remote debugging; set %s to false", [name, setting])

# remote_debugging_enabled defaults to false everywhere: only an explicit
# true is reported.
deny contains v if {
	some type in _tf_types
	some r in lib.resources(type)
	some i, sc in lib.blocks(r.attributes, "site_config")
	lib.is_true(lib.get(sc, "remote_debugging_enabled", false))
	path := ["site_config", i, "remote_debugging_enabled"]
	fix := lib.fix_set("Set site_config.remote_debugging_enabled = false", path, false)
	v := lib.violation_fix(r, path, _msg(r.name, "site_config.remote_debugging_enabled"), fix)
}

deny contains v if {
	some type in ["Microsoft.Web/sites", "Microsoft.Web/sites/slots"]
	some r in lib.arm_resources(type)
	lib.is_true(lib.arm_get(lib.arm_property(r, "siteConfig", {}), "remoteDebuggingEnabled", false))
	path := ["properties", "siteConfig", "remoteDebuggingEnabled"]
	fix := lib.fix_set("Set properties.siteConfig.remoteDebuggingEnabled to false", path, false)
	v := lib.violation_fix(r, path, _msg(r.name, "properties.siteConfig.remoteDebuggingEnabled"), fix)
}

# ARM: the app's "web" config resource ("<app>/web", "<app>/<slot>/web").
deny contains v if {
	some type in ["Microsoft.Web/sites/config", "Microsoft.Web/sites/slots/config"]
	some r in lib.arm_resources(type)
	_web_config(r)
	lib.is_true(lib.arm_property(r, "remoteDebuggingEnabled", false))
	path := ["properties", "remoteDebuggingEnabled"]
	fix := lib.fix_set("Set properties.remoteDebuggingEnabled to false", path, false)
	v := lib.violation_fix(r, path, _msg(r.name, "properties.remoteDebuggingEnabled"), fix)
}

_web_config(r) if endswith(lower(r.name), "/web")

_web_config(r) if not is_string(r.name)
