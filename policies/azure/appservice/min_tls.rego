# METADATA
# title: App Service apps must require TLS 1.2 or newer
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses; an app that still accepts them
#   lets clients negotiate a connection an attacker on the path can break.
# custom:
#   id: AZ-APP-002
#   severity: MEDIUM
#   category: encryption
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: set site_config.minimum_tls_version = "1.2"
#     (min_tls_version on azurerm_app_service and azurerm_function_app), or
#     remove it: it defaults to 1.2; the same on deployment slots. ARM: set
#     properties.siteConfig.minTlsVersion on Microsoft.Web/sites (and
#     sites/slots), or properties.minTlsVersion on its config "web"
#     resource, to "1.2".
#   equivalents:
#     checkov: [CKV_AZURE_15]
#     tfsec: [azure-appservice-use-secure-tls-policy]
#     trivy: [AVD-AZU-0006]
#   fix: true
package azure.appservice.min_tls

import data.lib

# The site_config setting of each Terraform app type. Every one defaults
# to "1.2", so only an explicit older version is reported.
_tf_keys := {
	"azurerm_app_service": "min_tls_version",
	"azurerm_app_service_slot": "min_tls_version",
	"azurerm_function_app": "min_tls_version",
	"azurerm_function_app_slot": "min_tls_version",
	"azurerm_linux_function_app": "minimum_tls_version",
	"azurerm_linux_function_app_slot": "minimum_tls_version",
	"azurerm_linux_web_app": "minimum_tls_version",
	"azurerm_linux_web_app_slot": "minimum_tls_version",
	"azurerm_windows_function_app": "minimum_tls_version",
	"azurerm_windows_function_app_slot": "minimum_tls_version",
	"azurerm_windows_web_app": "minimum_tls_version",
	"azurerm_windows_web_app_slot": "minimum_tls_version",
}

# ARM apps and deployment slots, and their "web" config resources.
_arm_sites := ["Microsoft.Web/sites", "Microsoft.Web/sites/slots"]

_arm_configs := ["Microsoft.Web/sites/config", "Microsoft.Web/sites/slots/config"]

# _old(x): x is a TLS version ("1.0", "1.1", or a number) below 1.2.
_old(x) if lib.less_than(x, 1.2)

_msg(name, setting) := sprintf(`app %q accepts TLS versions older than 1.2; set %s to "1.2"`, [name, setting])

deny contains v if {
	some type, key in _tf_keys
	some r in lib.resources(type)
	some i, sc in lib.blocks(r.attributes, "site_config")
	_old(lib.get(sc, key, "1.2"))
	setting := sprintf("site_config.%s", [key])
	fix := lib.fix_set(sprintf(`Set %s = "1.2"`, [setting]), ["site_config", i, key], "1.2")
	v := lib.violation_fix(r, ["site_config", i, key], _msg(r.name, setting), fix)
}

# ARM: the site's inline siteConfig.
deny contains v if {
	some type in _arm_sites
	some r in lib.arm_resources(type)
	_old(lib.arm_get(lib.arm_property(r, "siteConfig", {}), "minTlsVersion", "1.2"))
	path := ["properties", "siteConfig", "minTlsVersion"]
	fix := lib.fix_set(`Set properties.siteConfig.minTlsVersion to "1.2"`, path, "1.2")
	v := lib.violation_fix(r, path, _msg(r.name, "properties.siteConfig.minTlsVersion"), fix)
}

# ARM: a separate Microsoft.Web/sites/config resource named "<site>/web".
# The other configs ("appsettings", "connectionstrings", ...) hold
# arbitrary names and values and are not site settings.
deny contains v if {
	some type in _arm_configs
	some r in lib.arm_resources(type)
	_web_config(r)
	_old(lib.arm_property(r, "minTlsVersion", "1.2"))
	fix := lib.fix_set(`Set properties.minTlsVersion to "1.2"`, ["properties", "minTlsVersion"], "1.2")
	v := lib.violation_fix(r, ["properties", "minTlsVersion"], _msg(r.name, "properties.minTlsVersion"), fix)
}

_web_config(r) if endswith(lower(r.name), "/web")

_web_config(r) if not is_string(r.name)
