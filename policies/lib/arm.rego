# preflight policy library: Azure Resource Manager templates.
#
# Helpers for rules that judge ARM resources. In the graph an ARM resource
# has its full type (Microsoft.Storage/storageAccounts), provider "azure",
# format "arm", and its evaluated resource object as attributes, so the
# settings rules look at sit under attributes.properties.
package lib

# arm_resources(type) is the array of ARM resources of that type that the
# template deploys. Azure Resource Manager compares resource types without
# regard to case, and real templates (portal exports above all) write
# "Microsoft.Web/sites/config" as often as "microsoft.web/sites/config",
# so the match ignores case. Resources of each spelling stay sorted by id.
# An `existing` resource (languageVersion 2.0) only refers to one deployed
# elsewhere: its object holds no configuration to judge, so it is left out.
arm_resources(type) := [r |
	want := lower(type)
	some t, rs in input.by_type
	lower(t) == want
	some r in rs
	r.format == "arm"
	not _arm_existing(r.attributes)
]

# _arm_existing(attrs): the resource is `existing`. Every rule calls
# arm_resources, so the case-insensitive lookup of arm_get runs only for a
# resource with a top-level value true, which it needs to be `existing`
# (`in` tests the values of an object in one step, without iterating).
_arm_existing(attrs) if {
	true in attrs
	arm_get(attrs, "existing", false) == true
}

# arm_key(obj, key) is the key of obj that Azure reads for key. Resource
# providers match property names without regard to case, so a template may
# write "SupportsHttpsTrafficOnly": key itself when obj has it, else the
# first key of obj equal to it ignoring case, else key.
#
# It is called for every property a rule reads, so it is written for speed:
# a direct lookup rather than building the set of keys, and the key lowered
# once rather than at every key of obj.
arm_key(obj, key) := key if {
	is_object(obj)
	_ = obj[key]
} else := k if {
	is_object(obj)
	want := lower(key)
	ks := {x | some x, _ in obj; is_string(x); lower(x) == want}
	count(ks) > 0
	k := min(ks)
} else := key

# arm_get(obj, key, fallback) is get(obj, key, fallback) with the key
# matched as Azure matches it (arm_key).
arm_get(obj, key, fallback) := get(obj, arm_key(obj, key), fallback)

# arm_property(r, key, fallback) is r.attributes.properties[key] (keys
# matched ignoring case), or fallback when it is absent or null. An unknown
# properties object (a whole object from a parameter) is returned as the
# marker.
arm_property(r, key, fallback) := arm_get(arm_properties(r), key, fallback)

# arm_properties(r) is the properties object of r, {} when absent, or the
# marker when unknown.
arm_properties(r) := arm_get(r.attributes, "properties", {})

# arm_property_absent(r, key): r has no properties[key] (or it is null);
# three-valued like is_absent.
arm_property_absent(r, key) if {
	props := arm_properties(r)
	is_absent(props, arm_key(props, key))
}

# arm_api_before(r, date) is true when the apiVersion of r is older than
# date ("2019-04-01"), for a setting whose default changed with an API
# version. API versions are dates, optionally with a "-preview" suffix, so
# they compare as strings. An unknown apiVersion counts only in the
# pessimistic pass.
arm_api_before(r, date) if {
	v := arm_get(r.attributes, "apiVersion", null)
	is_string(v)
	v < date
}

arm_api_before(r, date) if _maybe(arm_get(r.attributes, "apiVersion", null))
