# METADATA
# title: Storage accounts must require TLS 1.2 or newer
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses and are no longer supported by
#   Azure Storage; clients allowed to use them expose data in transit.
# custom:
#   id: AZ-STO-002
#   severity: HIGH
#   category: encryption
#   providers: [azurerm]
#   formats: [terraform]
#   frameworks: {cis-azure-6.0: ["9.3.6"]}
#   remediation: >-
#     Set min_tls_version = "TLS1_2", or remove the argument: the current
#     azurerm provider defaults to TLS1_2.
#   equivalents:
#     checkov: [CKV_AZURE_44]
#     tfsec: [azure-storage-use-secure-tls-policy]
#     trivy: [AVD-AZU-0011]
#   fix: true
package azure.storage.min_tls

import data.lib

deny contains v if {
	some r in lib.resources("azurerm_storage_account")
	lib.is_in(lib.get(r.attributes, "min_tls_version", "TLS1_2"), {"TLS1_0", "TLS1_1"})
	msg := sprintf(`storage account %q accepts TLS versions older than 1.2; set min_tls_version = "TLS1_2"`, [r.name])
	v := lib.violation_fix(r, ["min_tls_version"], msg, lib.fix_set(`Set min_tls_version = "TLS1_2"`, ["min_tls_version"], "TLS1_2"))
}
