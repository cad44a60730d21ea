# preflight policy library: the resource graph.
#
# Helpers to reach resources through the input indexes (by_type,
# referenced_by), to link a resource to its companion resources (the AWS
# provider v4+ split S3 resources, rules of a security group), and to
# build deny elements.
package lib

# resources(type) is the array of resources of that type, sorted by id:
# the managed resources a configuration creates, never its data sources,
# which only read something that exists elsewhere.
resources(type) := object.get(input.by_type, type, [])

# data_sources(type) is the array of Terraform data sources of that type
# (data.aws_iam_policy_document.x), sorted by id.
data_sources(type) := object.get(input.data_by_type, type, [])

# referrers(r, type) is the array of resources of that type whose
# references include r.
referrers(r, type) := [x |
	some id in object.get(input.referenced_by, r.id, [])
	x := input.resources[id]
	x.type == type
]

# references(r, type) is the array of resources of that type that r
# references.
references(r, type) := [x |
	some id in r.references
	x := input.resources[id]
	x.type == type
]

# references_type(r, type) is true when r references some resource of type.
references_type(r, type) if {
	some id in r.references
	input.resources[id].type == type
}

# may_not_exist(r) is true when it is unknown before deploy whether (or how
# many times) r exists: its count or for_each is not known.
may_not_exist(r) if r.existence_unknown == true

# linked(r, ctype, by_name, name_key) is the set of companions of type ctype
# that certainly belong to r: those that reference r, and those whose link
# attribute holds the literal name of r (r.attributes[name_key]). by_name is
# an index the calling rule builds once, as a multi-value rule:
#
#	_by_name[name] contains c if {
#		some c in lib.resources("aws_s3_bucket_versioning")
#		name := c.attributes.bucket
#		is_string(name)
#	}
linked(r, ctype, by_name, name_key) := {c | some c in referrers(r, ctype)} | {c |
	name := r.attributes[name_key]
	is_string(name)
	some c in object.get(by_name, name, set())
}

# floating(ctype, key, ptype) is the set of companions of type ctype that
# may belong to any resource of type ptype: their link attribute key is
# unknown before deploy and they reference no resource of type ptype
# (bucket = var.name). Compute it once per rule, as a complete rule.
floating(ctype, key, ptype) := {c |
	some c in resources(ctype)
	is_unknown(object.get(c.attributes, key, null))
	not references_type(c, ptype)
}

# companions(r, ctype, by_name, floating_set, name_key) is the set of
# companions that may secure r, three-valued: in the normal pass, every
# companion linked to r plus every floating one (it may turn out to be r's);
# in the pessimistic pass, only the linked companions certain to exist. A
# rule reports "companion missing or insecure" with
# `every c in companions(...) { <insecure predicate on c> }`, which is true
# for an empty set.
companions(r, ctype, by_name, floating_set, name_key) := all if {
	# Both passes agree, and the switch is not read, when no companion
	# is floating or may not exist.
	count(floating_set) == 0
	all := linked(r, ctype, by_name, name_key)
	not _some_may_not_exist(all)
} else := all if {
	not pessimistic
	all := linked(r, ctype, by_name, name_key) | floating_set
} else := {c |
	some c in linked(r, ctype, by_name, name_key)
	not may_not_exist(c)
}

_some_may_not_exist(cs) if {
	some c in cs
	may_not_exist(c)
}

# companion_index(ctype, key, ptype) indexes, once per rule, the companions
# of type ctype for has_companion: the ids of ptype resources they reference,
# the literal names in their link attribute key, and the floating ones. In
# the pessimistic pass it leaves out companions that may not exist. Build it
# in a complete rule so that it is computed once:
#
#	_index := lib.companion_index("aws_s3_bucket_versioning", "bucket", "aws_s3_bucket")
companion_index(ctype, key, ptype) := {
	"ids": {id |
		some c in resources(ctype)
		_counts(c)
		some id in c.references
		input.resources[id].type == ptype
	},
	"names": {name |
		some c in resources(ctype)
		_counts(c)
		name := c.attributes[key]
		is_string(name)
	},
	"floating": {c.id | some c in floating(ctype, key, ptype)},
	"uncertain": {c.id | some c in resources(ctype); may_not_exist(c)},
}

_counts(c) if not may_not_exist(c)

_counts(c) if {
	may_not_exist(c)
	not pessimistic
}

# has_companion(r, index, name_key) is the fast test "r has a companion",
# three-valued by construction: true when a companion references r or names
# it literally (r.attributes[name_key]), and, in the normal pass only, when
# some floating companion might be r's. Unlike the predicates, it states the
# secure condition, so `not lib.has_companion(...)` is the right way to
# report a missing companion: in the normal pass only when no companion can
# be r's, in the pessimistic pass whenever none certainly is.
has_companion(r, index, name_key) if r.id in index.ids

has_companion(r, index, name_key) if r.attributes[name_key] in index.names

has_companion(r, index, name_key) if {
	some _ in index.floating # cheaper than count(index.floating) > 0
	not pessimistic
}

# companion_related(r, index) lists the companions an inconclusive
# "missing companion" result on r depends on, for with_related: the
# floating ones and those that reference r but may not exist. Use it where
# `not has_companion(r, index, name_key)` holds: then no companion certain
# to exist references r (in the normal pass, none at all).
#
# Called for every finding: the common case of no uncertain companion
# skips the comprehension.
companion_related(r, index) := index.floating if {
	index.uncertain == set()
} else := index.floating | {id |
	some id in index.uncertain
	r.id in input.resources[id].references
}

# violation(r, path, msg) is a deny element: the resource, the attribute
# path at fault (an array of keys and indexes; [] for the whole resource)
# and a one-sentence message without a trailing period.
violation(r, path, msg) := {"resource": r.id, "path": path, "msg": msg}

# violation_fix(r, path, msg, fix) is a deny element that carries an
# automatic fix: {"description": ..., "actions": [...]}.
violation_fix(r, path, msg, fix) := {"resource": r.id, "path": path, "msg": msg, "fix": fix}

# violation_with_fixes(r, path, msg, fixes) is violation_fix with the first
# of fixes, or violation when fixes is empty. Build fixes with a
# comprehension over a fix helper that may be undefined:
# `[f | f := lib.fix_add_resource(...)]`.
# (fixes[0] is undefined for no fixes: no count() needed per finding.)
violation_with_fixes(r, path, msg, fixes) := violation_fix(r, path, msg, f) if {
	f := fixes[0]
} else := violation(r, path, msg)

# with_related(v, ids) adds to the deny element v the ids of other
# resources its result depends on (a companion whose link is unknown), so
# that an inconclusive result can name their unknown values as its cause.
with_related(v, ids) := object.union(v, {"related": ids})

# fix_set(description, path, value) is a fix that sets the attribute at
# path (relative to the resource) to value, adding it if it is absent.
fix_set(description, path, value) := {
	"description": description,
	"actions": [{"op": "set", "path": path, "value": value}],
}

# fix_add_block(description, path, value) is a fix that adds a nested block
# at path (["metadata_options"]) with the attributes in value.
fix_add_block(description, path, value) := {
	"description": description,
	"actions": [{"op": "add_block", "path": path, "value": value}],
}

# fix_add_resource(description, r, type, attributes, expressions) is a fix
# that adds a new resource of type next to r, named like r. attributes are
# literal values (nested blocks as arrays of objects); expressions maps
# attribute names to Terraform expressions written as is
# ({"bucket": "aws_s3_bucket.logs.id"}). It is offered only for a resource
# at the root of its file without count or for_each, whose address can be
# written as type.name, and when no resource of that type has the name yet.
fix_add_resource(description, r, type, attributes, expressions) := {
	"description": description,
	"actions": [{
		"op": "add_resource",
		"path": [],
		"value": {
			"type": type,
			"name": r.name,
			"attributes": attributes,
			"expressions": expressions,
		},
	}],
} if {
	plain_address(r)
	not input.resources[sprintf("%s%s.%s", [_scope_prefix(r), type, r.name])]
}

# plain_address(r) is true when r is a single instance in the root module,
# addressed as type.name (no count, for_each or module prefix). When a scan
# has several roots, ids start with the root's folder and a colon
# ("infra/prod:aws_s3_bucket.logs").
plain_address(r) if r.id == sprintf("%s.%s", [r.type, r.name])

plain_address(r) if endswith(r.id, sprintf(":%s.%s", [r.type, r.name]))

# _scope_prefix(r) is the "folder:" r's id starts with, or "".
_scope_prefix(r) := trim_suffix(r.id, sprintf("%s.%s", [r.type, r.name]))

# self_ref(r, attribute) is the Terraform expression referring to an
# attribute of r within its own module: "aws_s3_bucket.logs.id".
self_ref(r, attribute) := sprintf("%s.%s.%s", [r.type, r.name, attribute])

# fix_remove(description, path) is a fix that removes the attribute or
# nested block at path, for a setting whose provider default is the secure
# one.
fix_remove(description, path) := {
	"description": description,
	"actions": [{"op": "remove", "path": path}],
}

# replacing(fix) marks fix as one that makes the provider destroy and
# recreate the resource (turning on storage_encrypted on an existing RDS
# instance): the fix engine says so and applies it only when asked to.
replacing(fix) := object.union(fix, {"replaces": true})

# template(fix) marks fix as needing a value only the user knows (a KMS key
# ARN, a log bucket): its values are placeholders such as
# "<KMS key ARN>", and the fix engine offers it as a commented template
# instead of writing it.
template(fix) := object.union(fix, {"template": true})
