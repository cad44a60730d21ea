# METADATA
# title: Storage accounts must keep deleted blobs for at least 7 days
# description: >-
#   Without blob soft delete, a blob deleted or overwritten by mistake, by a
#   faulty job or by an attacker with write access is gone at once, with no
#   way to recover it.
# custom:
#   id: AZ-STO-008
#   severity: MEDIUM
#   category: data
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-6.0: ["9.2.1"]}
#   remediation: >-
#     Terraform: add blob_properties { delete_retention_policy { days = 7 } }
#     (or more days) to the storage account. ARM: deploy the account's
#     Microsoft.Storage/storageAccounts/blobServices child ("<account>/default")
#     with properties.deleteRetentionPolicy { enabled: true, days: 7 } or more.
#   equivalents:
#     trivy: [AVD-AZU-0056]
#   defaults:
#     - attribute: blob_properties.delete_retention_policy
#       value: absent (no soft delete)
#       source: azurerm v2 and later
#     - attribute: blob_properties.delete_retention_policy.days
#       value: 7
#       source: azurerm v2 and later
#     - attribute: properties.deleteRetentionPolicy (blobServices)
#       value: disabled
#       source: ARM, every apiVersion
#   fix: true
package azure.storage.blob_soft_delete

import data.lib

_min_days := 7

# FileStorage accounts hold file shares only.
_has_blobs(r) if lib.not_equals(lib.get(r.attributes, "account_kind", "StorageV2"), "FileStorage")

_msg(name) := sprintf("storage account %q does not keep deleted blobs; add blob_properties { delete_retention_policy { days = 7 } }", [name])

deny contains v if {
	some r in lib.resources("azurerm_storage_account")
	_has_blobs(r)
	lib.is_absent(r.attributes, "blob_properties")
	fix := lib.fix_add_block("Add blob_properties with a 7-day delete_retention_policy", ["blob_properties"], {"delete_retention_policy": [{"days": _min_days}]})
	v := lib.violation_fix(r, [], _msg(r.name), fix)
}

deny contains v if {
	some r in lib.resources("azurerm_storage_account")
	_has_blobs(r)
	some i, bp in lib.blocks(r.attributes, "blob_properties")
	count(lib.blocks(bp, "delete_retention_policy")) == 0
	fix := lib.fix_add_block("Add a 7-day delete_retention_policy", ["blob_properties", i, "delete_retention_policy"], {"days": _min_days})
	v := lib.violation_fix(r, ["blob_properties", i], _msg(r.name), fix)
}

deny contains v if {
	some r in lib.resources("azurerm_storage_account")
	_has_blobs(r)
	some i, bp in lib.blocks(r.attributes, "blob_properties")
	some j, policy in lib.blocks(bp, "delete_retention_policy")
	days := lib.get(policy, "days", _min_days)
	lib.less_than(days, _min_days)
	path := ["blob_properties", i, "delete_retention_policy", j, "days"]
	msg := sprintf("storage account %q keeps deleted blobs for %s days only; set delete_retention_policy days = 7 or more", [r.name, lib.show(days)])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set days = 7", path, _min_days))
}

# ARM: soft delete is a property of the account's blobServices child
# ("<account>/default"), declared nested or at the top level.
_services_type := "Microsoft.Storage/storageAccounts/blobServices"

_services := lib.azure_arm_children_by_parent(_services_type, 1)

_unknown_services := lib.azure_arm_unknown_names(_services_type)

_arm_has_blobs(r) if lib.azure_not_equals_ignore_case(lib.arm_get(r.attributes, "kind", "StorageV2"), "FileStorage")

# _arm_has_services(r) states the secure dual (the account has a blob
# service), three-valued like lib.has_companion: a blob service whose name is
# unknown may be the account's in the normal pass only.
_arm_has_services(r) if _services[lower(r.name)]

_arm_has_services(r) if {
	count(_unknown_services) > 0
	not lib.pessimistic
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.Storage/storageAccounts")
	not lib.azure_arm_name_unknown(r)
	_arm_has_blobs(r)
	not _arm_has_services(r)
	msg := sprintf("storage account %q does not keep deleted blobs; deploy its blobServices child with properties.deleteRetentionPolicy enabled for 7 days or more", [r.name])
	v := lib.with_related(lib.violation(r, [], msg), _unknown_services)
}

_arm_msg(name) := sprintf("blob service %q does not keep deleted blobs; enable properties.deleteRetentionPolicy for 7 days or more", [name])

deny contains v if {
	some s in lib.arm_resources(_services_type)
	props := lib.arm_properties(s)
	lib.arm_property_absent(s, "deleteRetentionPolicy")
	path := ["properties", lib.arm_key(props, "deleteRetentionPolicy")]
	fix := lib.fix_add_block("Add a 7-day deleteRetentionPolicy", path, {"enabled": true, "days": _min_days})
	v := lib.violation_fix(s, path, _arm_msg(s.name), fix)
}

deny contains v if {
	some s in lib.arm_resources(_services_type)
	props := lib.arm_properties(s)
	policy := lib.arm_property(s, "deleteRetentionPolicy", null)
	policy != null
	lib.is_false_or_absent(policy, lib.arm_key(policy, "enabled"))
	path := ["properties", lib.arm_key(props, "deleteRetentionPolicy"), lib.arm_key(policy, "enabled")]
	v := lib.violation_fix(s, path, _arm_msg(s.name), lib.fix_set("Set deleteRetentionPolicy.enabled to true", path, true))
}

deny contains v if {
	some s in lib.arm_resources(_services_type)
	props := lib.arm_properties(s)
	policy := lib.arm_property(s, "deleteRetentionPolicy", null)
	lib.is_true(lib.arm_get(policy, "enabled", false))
	days := lib.arm_get(policy, "days", _min_days)
	lib.less_than(days, _min_days)
	path := ["properties", lib.arm_key(props, "deleteRetentionPolicy"), lib.arm_key(policy, "days")]
	msg := sprintf("blob service %q keeps deleted blobs for %s days only; set properties.deleteRetentionPolicy.days to 7 or more", [s.name, lib.show(days)])
	v := lib.violation_fix(s, path, msg, lib.fix_set("Set deleteRetentionPolicy.days to 7", path, _min_days))
}
