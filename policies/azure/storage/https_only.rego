# METADATA
# title: Storage accounts must accept HTTPS only
# description: >-
#   A storage account that accepts plain HTTP lets anyone on the network path
#   read or alter the data and the shared access signatures in transit.
# custom:
#   id: AZ-STO-001
#   severity: HIGH
#   category: encryption
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-6.0: ["9.3.4"]}
#   remediation: >-
#     Terraform: set https_traffic_only_enabled = true (azurerm v4;
#     enable_https_traffic_only in v3), or remove the argument: it defaults
#     to true. ARM: set properties.supportsHttpsTrafficOnly to true, or
#     remove it with apiVersion 2019-04-01 or later, where it defaults to true.
#   equivalents:
#     checkov: [CKV_AZURE_3]
#     tfsec: [azure-storage-enforce-https]
#     trivy: [AVD-AZU-0008]
#     kics: [12944ec4-1fa0-47be-8b17-42a034f937c2]
#   defaults:
#     - attribute: https_traffic_only_enabled (enable_https_traffic_only in azurerm v3)
#       value: true
#       source: azurerm v3 and v4
#     - attribute: properties.supportsHttpsTrafficOnly
#       value: true
#       source: ARM apiVersion 2019-04-01 and later; false before
#   fix: true
package azure.storage.https_only

import data.lib

# azurerm v3 and v4 names of the argument; absent means true, so only an
# explicit false is reported.
_keys := ["enable_https_traffic_only", "https_traffic_only_enabled"]

deny contains v if {
	some r in lib.resources("azurerm_storage_account")
	some key in _keys
	lib.is_false(lib.get(r.attributes, key, true))
	msg := sprintf("storage account %q accepts plain HTTP; set %s = true", [r.name, key])
	v := lib.violation_fix(r, [key], msg, lib.fix_set(sprintf("Set %s = true", [key]), [key], true))
}

# ARM: supportsHttpsTrafficOnly defaults to true since API version
# 2019-04-01 and to false before it.
deny contains v if {
	some r in lib.arm_resources("Microsoft.Storage/storageAccounts")
	_arm_http_allowed(r)
	msg := sprintf("storage account %q accepts plain HTTP; set properties.supportsHttpsTrafficOnly to true", [r.name])
	fix := lib.fix_set("Set properties.supportsHttpsTrafficOnly to true", ["properties", "supportsHttpsTrafficOnly"], true)
	v := lib.violation_fix(r, ["properties", "supportsHttpsTrafficOnly"], msg, fix)
}

_arm_http_allowed(r) if lib.is_false(lib.arm_property(r, "supportsHttpsTrafficOnly", true))

_arm_http_allowed(r) if {
	lib.arm_property_absent(r, "supportsHttpsTrafficOnly")
	lib.arm_api_before(r, "2019-04-01")
}
