# preflight policy library: Azure data services (storage, Key Vault,
# databases).
#
# Helpers for rules that link ARM child resources to their parents by name
# (Microsoft.Storage/storageAccounts/blobServices/containers "acct/default/c"
# belongs to the storage account "acct"), and three-valued predicates the
# Azure data rules share. Names are prefixed with azure_ so that they do not
# clash with the rest of the library.
package lib

# azure_arm_name_unknown(r) is true when the full name of the ARM resource r
# is not known before deploy. The parser keeps an unknown name as written
# ("[parameters('account')]"), and a child declared inside a parent whose
# name is unknown carries that text in its own name; Azure resource names
# never contain "[", so its presence marks an unknown segment.
azure_arm_name_unknown(r) if contains(r.name, "[")

azure_arm_name_unknown(r) if is_unknown(object.get(r.attributes, "name", null))

# azure_arm_ancestor(r, levels) is the name of the ancestor of the ARM
# resource r that many levels up, in lower case: for a container named
# "acct/default/c", level 1 is "acct/default" (the blob service) and level 2
# "acct" (the storage account). Azure compares names without regard to case.
# Undefined when the name is unknown or has too few segments.
azure_arm_ancestor(r, levels) := lower(concat("/", array.slice(parts, 0, count(parts) - levels))) if {
	not azure_arm_name_unknown(r)
	parts := split(r.name, "/")
	count(parts) > levels
}

# azure_arm_by_name(type) indexes the ARM resources of type (matched
# ignoring case) by their full name in lower case, each key holding the
# resources of that name sorted by id. Those whose name is unknown are left
# out. Build it once per rule, in a complete rule:
#
#	_accounts := lib.azure_arm_by_name("Microsoft.Storage/storageAccounts")
azure_arm_by_name(type) := _azure_group({[lower(r.name), r] |
	some r in arm_resources(type)
	not azure_arm_name_unknown(r)
})

# azure_arm_children_by_parent(type, levels) indexes the ARM resources of
# type by the lower-case name of their ancestor levels up (see
# azure_arm_ancestor), for "the account has a blobServices child" tests.
# Children whose name is unknown are left out; list them with
# azure_arm_unknown_names(type).
azure_arm_children_by_parent(type, levels) := _azure_group({[p, c] |
	some c in arm_resources(type)
	p := azure_arm_ancestor(c, levels)
})

# _azure_group(pairs) turns a set of [key, resource] pairs into
# {key: [resources of that key, sorted by id]}.
_azure_group(pairs) := {k: rs |
	some k in {k0 | some [k0, _] in pairs}
	ids := sort([r.id | some [k1, r] in pairs; k1 == k])
	rs := [r | some id in ids; some [k2, r] in pairs; k2 == k; r.id == id]
}

# azure_arm_unknown_names(type) is the set of ids of the ARM resources of
# type whose name is unknown before deploy: each may belong to any parent.
azure_arm_unknown_names(type) := {r.id |
	some r in arm_resources(type)
	azure_arm_name_unknown(r)
}

# azure_not_equals_ignore_case(x, v): x is known and is not the string v,
# ignoring case (a non-string value is not v either).
azure_not_equals_ignore_case(x, v) if {
	is_known(x)
	not _azure_same_text(x, v)
}

azure_not_equals_ignore_case(x, v) if _maybe(x)

_azure_same_text(x, v) if {
	is_string(x)
	lower(x) == lower(v)
}

# azure_is_empty(x): x is null, an empty string, an empty list or an empty
# object ("no IP rules"); an unknown x counts only in the pessimistic pass.
azure_is_empty(x) if x == null

azure_is_empty(x) if x == ""

azure_is_empty(x) if x == []

azure_is_empty(x) if x == {}

azure_is_empty(x) if _maybe(x)

# azure_arm_public_enabled(r): the ARM resource r's
# properties.publicNetworkAccess is "Enabled" or absent (Azure's default).
# "Disabled" and "SecuredByPerimeter" (a network security perimeter decides)
# are not public.
azure_arm_public_enabled(r) if arm_property_absent(r, "publicNetworkAccess")

azure_arm_public_enabled(r) if equals_ignore_case(arm_property(r, "publicNetworkAccess", null), "Enabled")
