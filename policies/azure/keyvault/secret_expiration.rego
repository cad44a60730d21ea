# METADATA
# title: Key vault keys and secrets must have an expiration date
# description: >-
#   A key or secret without an expiration date stays valid forever, so a
#   leaked credential or an outdated key keeps working until someone notices
#   and rotates it by hand.
# custom:
#   id: AZ-KV-005
#   severity: LOW
#   category: identity
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-6.0: ["8.3.1", "8.3.2", "8.3.3", "8.3.4"]}
#   remediation: >-
#     Terraform: set expiration_date (an RFC 3339 timestamp) on
#     azurerm_key_vault_key and azurerm_key_vault_secret, and rotate before
#     it passes (a key's rotation_policy can do it). ARM: set
#     properties.attributes.exp (seconds since 1970) on
#     Microsoft.KeyVault/vaults/keys and Microsoft.KeyVault/vaults/secrets.
#   equivalents:
#     checkov: [CKV_AZURE_40, CKV_AZURE_41]
#     trivy: [AVD-AZU-0014, AVD-AZU-0017]
#   defaults:
#     - attribute: expiration_date
#       value: none (never expires)
#       source: azurerm v2 and later
#     - attribute: properties.attributes.exp
#       value: none (never expires)
#       source: ARM, every apiVersion
#   fix: false
package azure.keyvault.secret_expiration

import data.lib

_tf := {"azurerm_key_vault_key": "key", "azurerm_key_vault_secret": "secret"}

deny contains v if {
	some type, noun in _tf
	some r in lib.resources(type)
	lib.is_absent(r.attributes, "expiration_date")
	msg := sprintf("key vault %s %q never expires; set expiration_date", [noun, r.name])
	fix := lib.template(lib.fix_set("Set expiration_date", ["expiration_date"], "<expiry as RFC 3339, e.g. 2027-01-01T00:00:00Z>"))
	v := lib.violation_fix(r, ["expiration_date"], msg, fix)
}

_arm := {"Microsoft.KeyVault/vaults/keys": "key", "Microsoft.KeyVault/vaults/secrets": "secret"}

deny contains v if {
	some type, noun in _arm
	some r in lib.arm_resources(type)
	props := lib.arm_properties(r)
	attrs := lib.arm_get(props, "attributes", {})
	lib.is_absent(attrs, lib.arm_key(attrs, "exp"))
	path := ["properties", lib.arm_key(props, "attributes"), lib.arm_key(attrs, "exp")]
	msg := sprintf("key vault %s %q never expires; set properties.attributes.exp", [noun, r.name])
	fix := lib.template(lib.fix_set("Set properties.attributes.exp", path, "<expiry in seconds since 1970>"))
	v := lib.violation_fix(r, path, msg, fix)
}
