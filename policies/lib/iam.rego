# preflight policy library: IAM policy documents.
#
# Helpers to read AWS IAM policy documents, whether they come as JSON
# strings (jsonencode, heredocs) or as the statement blocks of an
# aws_iam_policy_document data source. Unknown values stay unknown.
package lib

# policy_document(x) is the IAM policy document x as an object: a JSON
# string is decoded (when valid), an object is returned as is, an unknown
# marker stays the marker. Undefined for anything else (invalid JSON).
policy_document(x) := x if is_unknown(x)

else := json.unmarshal(x) if {
	is_string(x)
	json.is_valid(x)
}

else := x if is_object(x)

# statements(doc) is the array of statements of a decoded policy document:
# Statement may be a single object or an array. An unknown document or
# Statement becomes [marker] so predicates see it.
statements(doc) := [doc] if is_unknown(doc)

else := as_array(doc.Statement) if is_unknown(doc.Statement)

else := doc.Statement if is_array(doc.Statement)

else := [doc.Statement] if is_object(doc.Statement)

else := []

# statement_values(s, key) is the array of values of a statement element
# that may be a string or an array (Action, NotAction, Resource): [] when
# absent, [marker] when unknown.
statement_values(s, key) := as_array(get(s, key, null))

# principals(s) is the array of principal values of a statement: "*" for
# Principal "*", else every value of every principal type
# ({"AWS": ["arn:..."], "Service": "ec2.amazonaws.com"}).
principals(s) := [p] if {
	p := get(s, "Principal", null)
	is_string(p)
} else := [p] if {
	p := get(s, "Principal", null)
	is_unknown(p)
} else := [v |
	p := get(s, "Principal", {})
	is_object(p)
	some values in p
	some v in as_array(values)
]

# is_allow(s): the statement's Effect is "Allow". In a JSON policy document
# Effect is required; an absent Effect does not count as Allow.
is_allow(s) if equals(get(s, "Effect", null), "Allow")

# ---------------------------------------------------------------------
# Resource policies and trust policies: who a statement lets in.
#
# The helpers below work on a normalized statement, built from either a
# JSON statement (iam_statement) or a statement block of an
# aws_iam_policy_document data source (iam_block_statement):
#
#	{
#	  "effect":        "Allow" | "Deny" | marker,
#	  "principals":    [{"type": "AWS" | "Service" | "Federated" | "*" | marker,
#	                     "id": "arn:..." | "*" | marker}],
#	  "not_principal": true when the statement uses NotPrincipal,
#	  "actions":       [action or marker],
#	  "conditions":    [{"test": operator, "variable": key, "values": [...]}]
#	}
#
# An unknown statement, Principal or Condition becomes an entry whose
# fields are the marker, so the three-valued predicates see it.
# ---------------------------------------------------------------------

# iam_statement(s) is the normalized form of the JSON policy statement s.
iam_statement(s) := {
	"effect": get(s, "Effect", null),
	"principals": _iam_json_principals(s),
	"not_principal": _iam_has_key(s, "NotPrincipal"),
	"actions": statement_values(s, "Action"),
	"conditions": _iam_json_conditions(s),
}

_iam_has_key(s, key) if {
	is_object(s)
	s[key] != null
} else := false

_iam_json_principals(s) := [{"type": "*", "id": p}] if {
	p := get(s, "Principal", null)
	is_string(p)
} else := [{"type": p, "id": p}] if {
	p := get(s, "Principal", null)
	is_unknown(p)
} else := [{"type": t, "id": v} |
	p := get(s, "Principal", {})
	is_object(p)
	some t, values in p
	some v in as_array(values)
]

_iam_json_conditions(s) := [{"test": c, "variable": c, "values": [c]}] if {
	c := get(s, "Condition", null)
	is_unknown(c)
} else := [e |
	c := get(s, "Condition", {})
	is_object(c)
	some op, block in c
	some e in _iam_json_condition_entries(op, block)
]

_iam_json_condition_entries(op, block) := [{"test": op, "variable": block, "values": [block]}] if {
	is_unknown(block)
} else := [{"test": op, "variable": k, "values": as_array(v)} |
	is_object(block)
	some k, v in block
]

# iam_block_statement(b) is the normalized form of a statement block of an
# aws_iam_policy_document data source, where effect defaults to Allow.
iam_block_statement(b) := {
	"effect": get(b, "effect", "Allow"),
	"principals": _iam_block_principals(b, "principals"),
	"not_principal": count(blocks(b, "not_principals")) > 0,
	"actions": as_array(get(b, "actions", [])),
	"conditions": [{"test": get(c, "test", null), "variable": get(c, "variable", null), "values": as_array(get(c, "values", []))} |
		some c in blocks(b, "condition")
	],
}

_iam_block_principals(b, key) := [{"type": get(p, "type", null), "id": id} |
	some p in blocks(b, key)
	some id in as_array(get(p, "identifiers", []))
]

# iam_allows(st): the normalized statement's effect is Allow.
iam_allows(st) if equals(st.effect, "Allow")

# iam_wildcard_principal(st): the statement applies to every principal:
# Principal "*", {"AWS": "*"} (or a principals block of type "*" or "AWS"
# with identifiers ["*"]), or NotPrincipal, which with Allow lets in everyone but the few
# principals it lists.
iam_wildcard_principal(st) if {
	some p in st.principals
	is_in(p.type, {"*", "AWS"})
	is_in(p.id, {"*"})
}

iam_wildcard_principal(st) if st.not_principal == true

# iam_caller_condition_keys are the condition keys (lowercase) that tie a
# request to a known caller, network or source resource: a statement
# conditioned on one of them with a positive operator does not let in
# everyone. aws:SecureTransport, aws:MultiFactorAuthPresent and the like
# narrow how, not who, and do not count.
iam_caller_condition_keys := {
	"aws:principalaccount",
	"aws:principalarn",
	"aws:principalorgid",
	"aws:principalorgpaths",
	"aws:principalservicename",
	"aws:userid",
	"aws:sourcearn",
	"aws:sourceaccount",
	"aws:sourceowner",
	"aws:sourceorgid",
	"aws:sourceorgpaths",
	"aws:sourceip",
	"aws:sourcevpc",
	"aws:sourcevpce",
	"aws:vpcsourceip",
	"kms:calleraccount",
	"s3:dataaccesspointaccount",
	"s3:dataaccesspointarn",
}

# iam_positive_operator(op): the condition operator matches only the
# listed values. Negated operators (StringNotEquals: everyone except),
# ...IfExists (true when the key is missing) and ForAllValues: (true for a
# missing key) do not restrict the caller.
iam_positive_operator(op) if {
	is_string(op)
	o := trim_prefix(lower(op), "foranyvalue:")
	o in {"stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike", "ipaddress"}
}

# iam_restricting_conditions(st) is the set of condition keys (lowercase)
# on which the statement certainly restricts: a known positive operator
# with at least one value that is not a match-all ("*", "0.0.0.0/0"). An
# unknown value still restricts: whatever account or ARN it turns out to
# be, it is one.
iam_restricting_conditions(st) := {lower(c.variable) |
	some c in st.conditions
	iam_positive_operator(c.test)
	is_string(c.variable)
	some v in c.values
	not iam_match_all(v)
}

# iam_match_all(v): a condition value that matches any caller.
iam_match_all(v) if v == "*"

iam_match_all(v) if {
	is_string(v)
	regex.match(`^\s*(0\.0\.0\.0|::)/0\s*$`, v)
}

# iam_condition_unknowns(st) lists the unknown operators and keys of the
# statement's conditions (an unknown Condition, an unknown operator
# block, a condition block over unknown values): they may restrict.
iam_condition_unknowns(st) := [x |
	some c in st.conditions
	some x in [c.test, c.variable]
	is_unknown(x)
]

# iam_unrestricted(st): no condition of the statement restricts the caller
# (see iam_caller_condition_keys). Three-valued: when none certainly does
# but an unknown condition might, true only in the pessimistic pass.
iam_unrestricted(st) if {
	count(iam_restricting_conditions(st) & iam_caller_condition_keys) == 0
	count(iam_condition_unknowns(st)) == 0
}

iam_unrestricted(st) if {
	count(iam_restricting_conditions(st) & iam_caller_condition_keys) == 0
	some x in iam_condition_unknowns(st)
	_maybe(x)
}

# iam_everyone(st): the normalized statement lets in everyone: Allow, a
# wildcard principal (or NotPrincipal), and no condition restricting the
# caller.
iam_everyone(st) if {
	iam_allows(st)
	iam_wildcard_principal(st)
	iam_unrestricted(st)
}

# iam_wildcard_how(st) names, for a message, how the statement lets in
# everyone: `NotPrincipal` or `Principal "*"`.
iam_wildcard_how(st) := "NotPrincipal" if {
	st.not_principal == true
} else := `Principal "*"`

# iam_policy_statements(r, path) lists the statements of the policy held
# by resource r at path (["policy"], ["assume_role_policy"]) as
# {"resource": <resource to report>, "path": <path to report>,
# "statement": <normalized statement>}:
#   - a JSON policy (jsonencode, heredoc, file) is reported on r at path;
#   - the json of an aws_iam_policy_document of the configuration is read
#     through that data source, statement blocks and merged documents
#     included, and reported on the block (or merge entry) that holds the
#     statement, where the user has to change it;
#   - any other unknown policy is one unknown statement on r at path.
# Statements that source_policy_documents / override_policy_documents
# replace by sid are not left out: rare, and it errs towards a finding.
iam_policy_statements(r, path) := _iam_statements(r, path, attr(r, path, null))

_iam_statements(r, path, raw) := _iam_document_statements(d) if {
	d := iam_source_document(r, raw)
} else := [{"resource": r, "path": path, "statement": iam_statement(s)} |
	raw != null
	some s in statements(policy_document(raw))
]

# iam_source_document(r, raw) is the aws_iam_policy_document data source
# of the configuration whose json (or minified_json) the value raw of r
# is, when r references it.
iam_source_document(r, raw) := d if {
	expr := unknown_expr(raw)
	some d in references(r, "aws_iam_policy_document")
	some suffix in [".json", ".minified_json"]
	expr == concat("", [_iam_local_address(r, d), suffix])
}

# _iam_local_address(r, d) is the address of d as written inside r's
# module.
_iam_local_address(r, d) := d.id if r.module == ""

else := substring(d.id, count(r.module) + 1, -1) if startswith(d.id, concat("", [r.module, "."]))

_iam_merge_keys := ["source_policy_documents", "override_policy_documents"]

# _iam_included(d, key, j) is the document of the configuration that
# entry j of d's merge list key is the json of.
_iam_included(d, key, j) := x if {
	entry := as_array(get(d.attributes, key, []))[j]
	x := iam_source_document(d, entry)
}

# _iam_includes maps each document id to the ids of the documents of the
# configuration it merges, for graph.reachable.
_iam_includes := {d.id: {x.id |
	some key in _iam_merge_keys
	some j, _ in as_array(get(d.attributes, key, []))
	x := _iam_included(d, key, j)
} |
	some d in data_sources("aws_iam_policy_document")
}

# _iam_document_statements(d) lists the statements of the rendered
# document d: the statement blocks of d and of every document it merges
# (transitively), and the merged entries that are JSON strings or unknown.
_iam_document_statements(d) := [e |
	some id in graph.reachable(_iam_includes, {d.id})
	x := input.resources[id]
	some e in _iam_own_statements(x)
]

_iam_own_statements(x) := array.concat(
	[{"resource": x, "path": ["statement", i], "statement": iam_block_statement(b)} |
		some i, b in blocks(x.attributes, "statement")
	],
	[{"resource": x, "path": [key, j], "statement": iam_statement(s)} |
		some key in _iam_merge_keys
		some j, entry in as_array(get(x.attributes, key, []))
		not _iam_included(x, key, j)
		some s in statements(policy_document(entry))
	],
)

# iam_subject(e, r, what) names, for a message, where the statement e of
# iam_policy_statements(r, ...) is written: `S3 bucket policy "p"`, or
# `IAM policy document "d" (the policy of S3 bucket policy "p")`.
iam_subject(e, r, what) := sprintf("%s %q", [what, r.name]) if {
	e.resource.id == r.id
} else := sprintf("IAM policy document %q (the policy of %s %q)", [e.resource.name, what, r.name])
