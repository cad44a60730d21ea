# preflight policy library: Google Cloud.
#
# Helpers shared by the google provider rules: the principals that stand
# for everyone, the grants of the three shapes of IAM resources
# (*_iam_member, *_iam_binding, *_iam_policy), Compute Engine metadata
# flags on instances and on the project, and Cloud KMS durations. Names
# start with gcp_ so that they do not clash with other helpers of package
# lib. Every predicate is three-valued like those of values.rego.
package lib

# gcp_public_members are the IAM principals that stand for everyone on the
# internet (allUsers) and for every holder of a Google account
# (allAuthenticatedUsers).
gcp_public_members := {"allUsers", "allAuthenticatedUsers"}

# gcp_is_public_member(m): the IAM member m is allUsers or
# allAuthenticatedUsers.
gcp_is_public_member(m) if is_in(m, gcp_public_members)

# gcp_is_public_entity(e): the ACL entity e grants everyone access: the
# entity itself ("allUsers", as google_storage_bucket_access_control
# writes it) or a role/entity pair ("READER:allUsers", as role_entity of
# google_storage_bucket_acl writes it).
gcp_is_public_entity(e) if gcp_is_public_member(_gcp_entity(e))

_gcp_entity(e) := parts[count(parts) - 1] if {
	is_string(e)
	parts := split(e, ":")
} else := e

# gcp_block_present(b): b, an element of lib.blocks(...), is a nested block
# that exists: a known object, or, in the pessimistic pass, an unknown
# dynamic block that may expand to one.
gcp_block_present(b) if {
	is_known(b)
	is_object(b)
}

gcp_block_present(b) if _maybe(b)

# gcp_iam_grants(r) lists the grants of an IAM resource r of any of the
# three shapes, as objects {"path", "role", "member"}: path is the
# attribute of r that holds the member (member, members or policy_data);
# role and member may be unknown markers. An *_iam_policy whose
# policy_data comes from a google_iam_policy data source of the
# configuration is read through that data source's binding blocks.
gcp_iam_grants(r) := [{"path": ["member"], "role": get(r.attributes, "role", null), "member": get(r.attributes, "member", null)}] if {
	endswith(r.type, "_iam_member")
} else := [{"path": ["members"], "role": role, "member": m} |
	role := get(r.attributes, "role", null)
	some m in as_array(get(r.attributes, "members", null))
] if {
	endswith(r.type, "_iam_binding")
} else := _gcp_policy_grants(r) if {
	endswith(r.type, "_iam_policy")
} else := []

_gcp_policy_grants(r) := [g |
	some d in references(r, "google_iam_policy")
	some b in blocks(d.attributes, "binding")
	role := get(b, "role", null)
	some m in as_array(get(b, "members", null))
	g := {"path": ["policy_data"], "role": role, "member": m}
] if {
	_gcp_policy_from_data_source(r)
} else := [g |
	doc := policy_document(get(r.attributes, "policy_data", null))
	some b in _gcp_bindings(doc)
	role := get(b, "role", null)
	some m in as_array(get(b, "members", null))
	g := {"path": ["policy_data"], "role": role, "member": m}
]

_gcp_policy_from_data_source(r) if {
	startswith(unknown_expr(get(r.attributes, "policy_data", null)), "data.google_iam_policy.")
	references_type(r, "google_iam_policy")
}

_gcp_bindings(doc) := [doc] if is_unknown(doc)

else := as_array(get(doc, "bindings", null))

# gcp_fix_drop_public(r, key) is a fix that sets the list attribute key of
# r (members of an *_iam_binding, role_entity of an ACL) to its elements
# without the public ones. Offered only when the list and all its elements
# are known and some other element remains: an empty list would not be a
# valid binding.
gcp_fix_drop_public(r, key) := fix_set(
	sprintf("Remove allUsers and allAuthenticatedUsers from %s", [key]),
	[key],
	kept,
) if {
	values := get(r.attributes, key, null)
	is_array(values)
	every x in values {
		is_string(x)
	}
	kept := [x | some x in values; not gcp_is_public_entity(x)]
	count(kept) > 0
	count(kept) < count(values)
}

# gcp_instance_types are the resource types that configure Compute Engine
# instances with the same arguments (metadata, network_interface,
# service_account, shielded_instance_config, can_ip_forward).
gcp_instance_types := [
	"google_compute_instance",
	"google_compute_instance_template",
	"google_compute_region_instance_template",
]

# gcp_instances is every resource of gcp_instance_types.
gcp_instances := [r | some t in gcp_instance_types; some r in resources(t)]

# gcp_metadata_true(v): the metadata value v turns a boolean flag on
# ("TRUE", "true", "1" or a bool, which Terraform's map(string) turns into
# "true").
gcp_metadata_true(v) if is_in(_gcp_flag(v), {"true", "1"})

# gcp_metadata_false(v): the metadata value v turns a boolean flag off.
gcp_metadata_false(v) if is_in(_gcp_flag(v), {"false", "0"})

# gcp_metadata_not_true(v): the metadata value v is known and does not turn
# the flag on (off, or not a boolean Compute Engine accepts).
gcp_metadata_not_true(v) if not_in(_gcp_flag(v), {"true", "1"})

_gcp_flag(v) := lower(trim_space(v)) if is_string(v)

else := "true" if v == true

else := "false" if v == false

else := format_int(v, 10) if is_number(v)

else := v

# gcp_project_metadata(key) lists where the configuration sets the
# project-wide metadata entry key: objects {"resource", "path", "value"}
# for google_compute_project_metadata (the whole metadata map, key
# present or the map unknown) and google_compute_project_metadata_item
# (key = key, or key unknown in the pessimistic pass).
gcp_project_metadata(key) := array.concat(
	[e |
		some r in resources("google_compute_project_metadata")
		v := get(get(r.attributes, "metadata", {}), key, null)
		v != null
		e := {"resource": r, "path": ["metadata", key], "value": v}
	],
	[e |
		some r in resources("google_compute_project_metadata_item")
		equals(get(r.attributes, "key", null), key)
		e := {"resource": r, "path": ["value"], "value": get(r.attributes, "value", null)}
	],
)

# gcp_seconds(x) is a Cloud KMS or protobuf duration ("7776000s", also
# "7776000.5s") as a number of seconds; undefined for anything else.
gcp_seconds(x) := to_number(trim_suffix(x, "s")) if {
	is_string(x)
	regex.match(`^[0-9]+(\.[0-9]+)?s$`, x)
}

# gcp_duration_over(x, n): the duration x is longer than n seconds.
gcp_duration_over(x, n) if gcp_seconds(x) > n

gcp_duration_over(x, n) if _maybe(x)
