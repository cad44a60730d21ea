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
