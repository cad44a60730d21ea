# METADATA
# title: Storage accounts must require TLS 1.2 or newer
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses and are no longer supported by
#   Azure Storage; clients allowed to use them expose data in transit.
# custom:
#   id: AZ-STO-002
#   severity: HIGH
#   category: encryption
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-6.0: ["9.3.6"]}
#   remediation: >-
#     Terraform: set min_tls_version = "TLS1_2", or remove the argument: the
#     current azurerm provider defaults to TLS1_2. ARM: set
#     properties.minimumTlsVersion to "TLS1_2".
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

# ARM: only an explicit TLS1_0 or TLS1_1 is reported. The REST API once read
# an absent minimumTlsVersion as TLS1_0, but Azure Storage no longer accepts
# TLS 1.0 and 1.1 at all, so nothing is claimed about an absent property.
deny contains v if {
	some r in lib.arm_resources("Microsoft.Storage/storageAccounts")
	lib.is_in_ignore_case(lib.arm_property(r, "minimumTlsVersion", "TLS1_2"), {"tls1_0", "tls1_1"})
	msg := sprintf(`storage account %q accepts TLS versions older than 1.2; set properties.minimumTlsVersion to "TLS1_2"`, [r.name])
	fix := lib.fix_set(`Set properties.minimumTlsVersion to "TLS1_2"`, ["properties", "minimumTlsVersion"], "TLS1_2")
	v := lib.violation_fix(r, ["properties", "minimumTlsVersion"], msg, fix)
}
