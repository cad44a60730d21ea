# METADATA
# title: App Service apps must accept HTTPS only
# description: >-
#   A web or function app that still answers plain HTTP sends its pages,
#   API calls, cookies and tokens over the network in clear text, where
#   anyone on the path can read or alter them.
# custom:
#   id: AZ-APP-001
#   severity: MEDIUM
#   category: encryption
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: set https_only = true on the web or function app (it
#     defaults to false), and on its deployment slots. ARM: set
#     properties.httpsOnly to true on Microsoft.Web/sites and
#     Microsoft.Web/sites/slots (absent means false).
#   equivalents:
#     checkov: [CKV_AZURE_14]
#     tfsec: [azure-appservice-enforce-https]
#   fix: true
package azure.appservice.https_only

import data.lib

# Web and function apps of azurerm v3+, the older app resources, and their
# deployment slots (which take traffic too); all of them default
# https_only to false.
_tf_types := [
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
]

# Microsoft.Web/sites holds web and function apps alike; slots are apps of
# their own with the same properties.
_arm_types := ["Microsoft.Web/sites", "Microsoft.Web/sites/slots"]

deny contains v if {
	some type in _tf_types
	some r in lib.resources(type)
	lib.is_false_or_absent(r.attributes, "https_only")
	msg := sprintf("app %q accepts plain HTTP; set https_only = true", [r.name])
	v := lib.violation_fix(r, ["https_only"], msg, lib.fix_set("Set https_only = true", ["https_only"], true))
}

deny contains v if {
	some type in _arm_types
	some r in lib.arm_resources(type)
	_arm_http_allowed(r)
	msg := sprintf("app %q accepts plain HTTP; set properties.httpsOnly to true", [r.name])
	fix := lib.fix_set("Set properties.httpsOnly to true", ["properties", "httpsOnly"], true)
	v := lib.violation_fix(r, ["properties", "httpsOnly"], msg, fix)
}

_arm_http_allowed(r) if lib.arm_property_absent(r, "httpsOnly")

_arm_http_allowed(r) if lib.is_false(lib.arm_property(r, "httpsOnly", null))
