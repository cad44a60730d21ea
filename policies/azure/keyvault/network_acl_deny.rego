# METADATA
# title: Key vault firewalls must deny access by default
# description: >-
#   A key vault whose network ACLs allow by default accepts requests from
#   every network on the internet, so a stolen token or misused identity can
#   read its secrets and keys from anywhere.
# custom:
#   id: AZ-KV-002
#   severity: MEDIUM
#   category: network
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: add network_acls { default_action = "Deny", bypass =
#     "AzureServices" } with the ip_rules and virtual_network_subnet_ids that
#     need access, or set public_network_access_enabled = false. ARM: set
#     properties.networkAcls.defaultAction to "Deny" with ipRules and
#     virtualNetworkRules, or properties.publicNetworkAccess to "Disabled".
#     Add the allowed networks before denying the rest.
#   equivalents:
#     checkov: [CKV_AZURE_109]
#     trivy: [AVD-AZU-0013]
#   defaults:
#     - attribute: network_acls.default_action
#       value: Allow (no network_acls block)
#       source: Azure platform default
#     - attribute: properties.networkAcls.defaultAction
#       value: Allow
#       source: ARM, every apiVersion
#   fix: false
package azure.keyvault.network_acl_deny

import data.lib

_msg(name) := sprintf(`key vault %q allows network access from everywhere by default; set network_acls default_action = "Deny" and list the allowed networks`, [name])

deny contains v if {
	some r in lib.resources("azurerm_key_vault")
	lib.is_true_or_absent(r.attributes, "public_network_access_enabled")
	lib.is_absent(r.attributes, "network_acls")
	v := lib.violation(r, [], _msg(r.name))
}

deny contains v if {
	some r in lib.resources("azurerm_key_vault")
	lib.is_true_or_absent(r.attributes, "public_network_access_enabled")
	some i, acl in lib.blocks(r.attributes, "network_acls")
	lib.equals(lib.get(acl, "default_action", null), "Allow")
	v := lib.violation(r, ["network_acls", i, "default_action"], _msg(r.name))
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.KeyVault/vaults")
	lib.azure_arm_public_enabled(r)
	acls := lib.arm_property(r, "networkAcls", {})
	lib.equals_ignore_case(lib.arm_get(acls, "defaultAction", "Allow"), "Allow")
	msg := sprintf(`key vault %q allows network access from everywhere by default; set properties.networkAcls.defaultAction to "Deny" and list the allowed networks`, [r.name])
	v := lib.violation(r, _arm_path(r), msg)
}

_arm_path(r) := ["properties", lib.arm_key(props, "networkAcls"), lib.arm_key(acls, "defaultAction")] if {
	props := lib.arm_properties(r)
	acls := lib.arm_property(r, "networkAcls", null)
	is_object(acls)
	acls[lib.arm_key(acls, "defaultAction")] != null
} else := ["properties", lib.arm_key(lib.arm_properties(r), "networkAcls")] if {
	lib.arm_property(r, "networkAcls", null) != null
} else := []
