# METADATA
# title: App Service apps must not accept plain FTP
# description: >-
#   With FTP allowed, deployment credentials and the application's code and
#   configuration cross the network in clear text, where anyone on the path
#   can read them and reuse the credentials to deploy their own code.
# custom:
#   id: AZ-APP-003
#   severity: MEDIUM
#   category: encryption
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-2.1: ["9.10"]}
#   remediation: >-
#     Terraform: set site_config.ftps_state = "Disabled" (or "FtpsOnly" when
#     FTP deployment is still needed) on web and function apps and their
#     slots; the azurerm v3/v4 linux_/windows_ resources default to
#     "Disabled", the legacy azurerm_app_service and azurerm_function_app
#     leave Azure's default, which allows FTP. ARM: set
#     properties.siteConfig.ftpsState on Microsoft.Web/sites (and
#     sites/slots), or properties.ftpsState on its config "web" resource, to
#     "Disabled".
#   equivalents:
#     checkov: [CKV_AZURE_78]
#     trivy: [AVD-AZU-0071]
#     psrule: [Azure.AppService.WebSecureFtp]
#   defaults:
#     - attribute: site_config.ftps_state (azurerm_linux_/windows_ web and function apps and slots)
#       value: Disabled
#       source: azurerm v3 and v4
#     - attribute: site_config.ftps_state (legacy azurerm_app_service, azurerm_function_app and slots)
#       value: AllAllowed (Azure's default)
#       source: azurerm v2 and v3
#     - attribute: properties.siteConfig.ftpsState
#       value: AllAllowed
#       source: Azure App Service platform default
#   fix: true
package azure.appservice.ftp_disabled

import data.lib

# The v3/v4 app resources: ftps_state defaults to "Disabled".
_tf_modern := {
	"azurerm_linux_function_app",
	"azurerm_linux_function_app_slot",
	"azurerm_linux_web_app",
	"azurerm_linux_web_app_slot",
	"azurerm_windows_function_app",
	"azurerm_windows_function_app_slot",
	"azurerm_windows_web_app",
	"azurerm_windows_web_app_slot",
}

# The legacy resources leave ftps_state to Azure, which allows FTP.
_tf_legacy := {
	"azurerm_app_service",
	"azurerm_app_service_slot",
	"azurerm_function_app",
	"azurerm_function_app_slot",
}

_msg(name, setting) := sprintf(`app %q accepts plain FTP; set %s to "Disabled"`, [name, setting])

_tf_fix(path) := lib.fix_set(`Set site_config.ftps_state = "Disabled"`, path, "Disabled")

deny contains v if {
	some type in _tf_modern
	some r in lib.resources(type)
	some i, sc in lib.blocks(r.attributes, "site_config")
	lib.equals(lib.get(sc, "ftps_state", "Disabled"), "AllAllowed")
	path := ["site_config", i, "ftps_state"]
	v := lib.violation_fix(r, path, _msg(r.name, "site_config.ftps_state"), _tf_fix(path))
}

deny contains v if {
	some type in _tf_legacy
	some r in lib.resources(type)
	some i, sc in lib.blocks(r.attributes, "site_config")
	lib.equals(lib.get(sc, "ftps_state", "AllAllowed"), "AllAllowed")
	path := ["site_config", i, "ftps_state"]
	v := lib.violation_fix(r, path, _msg(r.name, "site_config.ftps_state"), _tf_fix(path))
}

deny contains v if {
	some type in _tf_legacy
	some r in lib.resources(type)
	lib.is_absent(r.attributes, "site_config")
	fix := lib.fix_add_block(`Add site_config { ftps_state = "Disabled" }`, ["site_config"], {"ftps_state": "Disabled"})
	v := lib.violation_fix(r, [], _msg(r.name, "site_config.ftps_state"), fix)
}

# ARM: an app (or slot) and its "web" config resources. The config of app
# "a" is named "a/web" (slot "a/s": "a/s/web"); a config resource that sets
# ftpsState overrides the app's siteConfig.
_arm_pairs := [
	["Microsoft.Web/sites", "Microsoft.Web/sites/config"],
	["Microsoft.Web/sites/slots", "Microsoft.Web/sites/slots/config"],
]

# _configured: lower-case names of the apps whose "web" config resource
# sets ftpsState (to any value, unknown included: that resource is judged
# on its own).
_configured contains lower(app) if {
	some pair in _arm_pairs
	some c in lib.arm_resources(pair[1])
	is_string(c.name)
	endswith(lower(c.name), "/web")
	not lib.arm_property_absent(c, "ftpsState")
	app := substring(c.name, 0, count(c.name) - 4)
}

# Flex Consumption function apps (properties.functionAppConfig) have no FTP
# endpoint and are not judged.
deny contains v if {
	some pair in _arm_pairs
	some r in lib.arm_resources(pair[0])
	lib.arm_property_absent(r, "functionAppConfig")
	sc := lib.arm_property(r, "siteConfig", {})
	lib.equals_ignore_case(lib.arm_get(sc, "ftpsState", "AllAllowed"), "AllAllowed")
	not _overridden(r, sc)
	path := ["properties", "siteConfig", "ftpsState"]
	fix := lib.fix_set(`Set properties.siteConfig.ftpsState to "Disabled"`, path, "Disabled")
	v := lib.violation_fix(r, path, _msg(r.name, "properties.siteConfig.ftpsState"), fix)
}

# _overridden: the app leaves ftpsState unset and a config resource sets it.
_overridden(r, sc) if {
	lib.is_absent(sc, lib.arm_key(sc, "ftpsState"))
	is_string(r.name)
	lower(r.name) in _configured
}

deny contains v if {
	some pair in _arm_pairs
	some r in lib.arm_resources(pair[1])
	_web_config(r)
	lib.equals_ignore_case(lib.arm_property(r, "ftpsState", null), "AllAllowed")
	path := ["properties", "ftpsState"]
	fix := lib.fix_set(`Set properties.ftpsState to "Disabled"`, path, "Disabled")
	v := lib.violation_fix(r, path, _msg(r.name, "properties.ftpsState"), fix)
}

_web_config(r) if endswith(lower(r.name), "/web")

_web_config(r) if not is_string(r.name)
