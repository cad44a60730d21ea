# METADATA
# title: Blob containers must not allow anonymous public access
# description: >-
#   A container with blob or container access level serves its blobs (and,
#   with container level, the list of them) to anyone on the internet
#   without authentication, unless the storage account forbids public access.
# custom:
#   id: AZ-STO-004
#   severity: HIGH
#   category: data
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: set container_access_type = "private" on
#     azurerm_storage_container (or remove it: private is the default). ARM:
#     set properties.publicAccess to "None" on
#     Microsoft.Storage/storageAccounts/blobServices/containers. Disabling
#     public access on the storage account (AZ-STO-003) also closes every
#     container. Share data with SAS tokens or Entra ID instead.
#   equivalents:
#     checkov: [CKV_AZURE_34]
#     trivy: [AVD-AZU-0007]
#   defaults:
#     - attribute: container_access_type
#       value: private
#       source: azurerm v2 and later
#     - attribute: properties.publicAccess
#       value: None
#       source: ARM, every apiVersion
#   fix: true
package azure.storage.container_public

import data.lib

# The account settings that, set to false, forbid public containers
# (azurerm v2 and v3+ names).
_account_keys := ["allow_blob_public_access", "allow_nested_items_to_be_public"]

# _account_allows(a): the storage account a does not forbid public access.
# Absent counts as allowing (the default differed across versions, and a
# container declared public shows the intent); an unknown value only in the
# pessimistic pass.
_account_allows(a) if {
	every key in _account_keys {
		_flag_allows(object.get(a.attributes, key, null))
	}
}

_flag_allows(x) if x == null

_flag_allows(x) if lib.is_true(x)

_by_name[name] contains a if {
	some a in lib.resources("azurerm_storage_account")
	name := a.attributes.name
	is_string(name)
}

# _accounts(c) is the set of storage accounts of the scan the container
# belongs to: by reference (storage_account_name or storage_account_id)
# or by the literal account name.
_accounts(c) := {a | some a in lib.references(c, "azurerm_storage_account")} | {a |
	name := c.attributes.storage_account_name
	is_string(name)
	some a in object.get(_by_name, name, set())
}

# _exposed(c): no account of the scan is known to forbid public access (an
# account declared elsewhere is not assumed to).
_exposed(c) if count(_accounts(c)) == 0

_exposed(c) if {
	some a in _accounts(c)
	_account_allows(a)
}

deny contains v if {
	some c in lib.resources("azurerm_storage_container")
	lib.is_in(lib.get(c.attributes, "container_access_type", "private"), {"blob", "container"})
	_exposed(c)
	msg := sprintf(`storage container %q allows anonymous public access; set container_access_type = "private"`, [c.name])
	fix := lib.fix_set(`Set container_access_type = "private"`, ["container_access_type"], "private")
	v := lib.with_related(lib.violation_fix(c, ["container_access_type"], msg, fix), {a.id | some a in _accounts(c)})
}

# ARM: containers are Microsoft.Storage/storageAccounts/blobServices/containers
# named "<account>/default/<container>", declared at the top level or nested
# in the account or its blob service; the account is the name's first
# segment.
_arm_accounts := lib.azure_arm_by_name("Microsoft.Storage/storageAccounts")

_arm_account_allows(a) if _flag_allows(lib.arm_property(a, "allowBlobPublicAccess", null))

# A container whose account name is known but not deployed by the template.
_arm_exposed(c) if {
	p := lib.azure_arm_ancestor(c, 2)
	not _arm_accounts[p]
}

_arm_exposed(c) if {
	some a in object.get(_arm_accounts, lib.azure_arm_ancestor(c, 2), [])
	_arm_account_allows(a)
}

# An unknown name may belong to an account that forbids public access: only
# the pessimistic pass reports it, as inconclusive.
_arm_exposed(c) if {
	lib.azure_arm_name_unknown(c)
	lib.pessimistic
}

_arm_related(c) := {a.id | some a in object.get(_arm_accounts, lib.azure_arm_ancestor(c, 2), [])}

_arm_related(c) := set() if not lib.azure_arm_ancestor(c, 2)

deny contains v if {
	some c in lib.arm_resources("Microsoft.Storage/storageAccounts/blobServices/containers")
	lib.is_in_ignore_case(lib.arm_property(c, "publicAccess", "None"), {"blob", "container"})
	_arm_exposed(c)
	path := ["properties", lib.arm_key(lib.arm_properties(c), "publicAccess")]
	msg := sprintf(`storage container %q allows anonymous public access; set properties.publicAccess to "None"`, [c.name])
	fix := lib.fix_set(`Set properties.publicAccess to "None"`, path, "None")
	v := lib.with_related(lib.violation_fix(c, path, msg, fix), _arm_related(c))
}
