# METADATA
# title: Storage account firewalls must deny access by default
# description: >-
#   A storage account whose network rules allow by default accepts
#   connections from every network on the internet, so a leaked key or SAS
#   token can be used from anywhere.
# custom:
#   id: AZ-STO-005
#   severity: MEDIUM
#   category: network
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-6.0: ["9.3.2.3"]}
#   remediation: >-
#     Terraform: add network_rules { default_action = "Deny" } with the
#     ip_rules and virtual_network_subnet_ids that need access (or an
#     azurerm_storage_account_network_rules resource), or set
#     public_network_access_enabled = false. ARM: set
#     properties.networkAcls.defaultAction to "Deny" with ipRules and
#     virtualNetworkRules, or properties.publicNetworkAccess to "Disabled".
#     Add the allowed networks before denying the rest.
#   equivalents:
#     checkov: [CKV_AZURE_35]
#     trivy: [AVD-AZU-0012]
#   defaults:
#     - attribute: network_rules.default_action
#       value: Allow (no network_rules block and no azurerm_storage_account_network_rules)
#       source: Azure platform default
#     - attribute: properties.networkAcls.defaultAction
#       value: Allow
#       source: ARM, every apiVersion
#   fix: false
package azure.storage.default_network_deny

import data.lib

_rules_type := "azurerm_storage_account_network_rules"

_index := lib.companion_index(_rules_type, "storage_account_id", "azurerm_storage_account")

_msg(name) := sprintf(`storage account %q allows network access from everywhere by default; set network_rules default_action = "Deny" and list the allowed networks`, [name])

# Inline network_rules block that allows by default, when no standalone
# network rules resource manages the account.
deny contains v if {
	some r in lib.resources("azurerm_storage_account")
	lib.is_true_or_absent(r.attributes, "public_network_access_enabled")
	not lib.has_companion(r, _index, "id")
	some i, block in lib.blocks(r.attributes, "network_rules")
	lib.equals(lib.get(block, "default_action", null), "Allow")
	v := lib.with_related(lib.violation(r, ["network_rules", i, "default_action"], _msg(r.name)), lib.companion_related(r, _index))
}

# No network rules at all: Azure allows every network.
deny contains v if {
	some r in lib.resources("azurerm_storage_account")
	lib.is_true_or_absent(r.attributes, "public_network_access_enabled")
	lib.is_absent(r.attributes, "network_rules")
	not lib.has_companion(r, _index, "id")
	v := lib.with_related(lib.violation(r, [], _msg(r.name)), lib.companion_related(r, _index))
}

# A standalone azurerm_storage_account_network_rules that allows by
# default, unless every account it belongs to has public access disabled.
deny contains v if {
	some c in lib.resources(_rules_type)
	lib.equals(lib.get(c.attributes, "default_action", null), "Allow")
	_public_account(c)
	msg := sprintf(`storage account network rules %q allow network access from everywhere by default; set default_action = "Deny" and list the allowed networks`, [c.name])
	v := lib.violation(c, ["default_action"], msg)
}

_public_account(c) if count(lib.references(c, "azurerm_storage_account")) == 0

_public_account(c) if {
	some a in lib.references(c, "azurerm_storage_account")
	lib.is_true_or_absent(a.attributes, "public_network_access_enabled")
}

# ARM: networkAcls.defaultAction is "Allow" when absent.
deny contains v if {
	some r in lib.arm_resources("Microsoft.Storage/storageAccounts")
	lib.azure_arm_public_enabled(r)
	acls := lib.arm_property(r, "networkAcls", {})
	lib.equals_ignore_case(lib.arm_get(acls, "defaultAction", "Allow"), "Allow")
	v := lib.violation(r, _arm_path(r), sprintf(`storage account %q allows network access from everywhere by default; set properties.networkAcls.defaultAction to "Deny" and list the allowed networks`, [r.name]))
}

_arm_path(r) := ["properties", lib.arm_key(props, "networkAcls"), lib.arm_key(acls, "defaultAction")] if {
	props := lib.arm_properties(r)
	acls := lib.arm_property(r, "networkAcls", {})
	is_object(acls)
	not lib.is_unknown(acls)
	acls[lib.arm_key(acls, "defaultAction")] != null
} else := ["properties", lib.arm_key(lib.arm_properties(r), "networkAcls")] if {
	lib.arm_property(r, "networkAcls", null) != null
} else := []
