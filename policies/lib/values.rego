# METADATA
# title: preflight policy library
# description: >-
#   Helpers for preflight rules and user policies. This file holds the
#   three-valued predicates: each states an insecure condition positively and
#   is true when the known value is insecure. When the value is unknown before
#   deploy it is true only in the pessimistic pass, so a rule written with
#   these predicates yields a finding for a known insecure value and an
#   inconclusive result, never a silent pass or a false alarm, for an unknown
#   one. Never negate a predicate over a value that may be unknown.
package lib

# pessimistic is true during the pass that asks "could this resource be
# insecure once the unknown values are known?". preflight runs every rule
# twice, once with data.preflight.pessimistic set to true; results of that
# pass only are reported as inconclusive. Rule tests set it with
# `with data.preflight.pessimistic as true`.
pessimistic if data.preflight.pessimistic == true

# is_unknown(x) is true when x is the marker of a value not known before
# deploy: an object whose key "__unknown__" names the source expression.
is_unknown(x) if is_string(x.__unknown__)

# is_known(x) is true when x is not an unknown marker.
is_known(x) if not is_unknown(x)

# unknown_expr(x) is the source expression an unknown marker stands for.
unknown_expr(x) := x.__unknown__ if is_unknown(x)

# _maybe(x) is the one switch of the three-valued predicates: an unknown
# value counts as insecure only in the pessimistic pass. It reads the
# switch only for an unknown value: a pass that never reads it makes the
# pessimistic pass needless, and preflight skips it (rules reading
# pessimistic themselves do so last in a body, for the same reason).
_maybe(x) if {
	is_unknown(x)
	pessimistic
}

# is_true(x): x is true (or the string "true", which Terraform converts to a
# bool for bool arguments).
is_true(x) if x == true

is_true(x) if x == "true"

is_true(x) if _maybe(x)

# is_false(x): x is false or "false".
is_false(x) if x == false

is_false(x) if x == "false"

is_false(x) if _maybe(x)

# is_absent(obj, key): obj has no key, or it is null (in Terraform an
# argument set to null is the same as an argument not set).
is_absent(obj, key) if {
	is_known(obj)
	not _present(obj, key)
}

is_absent(obj, key) if _maybe(obj)

_present(obj, key) if obj[key] != null

# is_false_or_absent(obj, key): obj[key] is false, or absent where the
# provider default is false.
is_false_or_absent(obj, key) if is_absent(obj, key)

is_false_or_absent(obj, key) if is_false(get(obj, key, null))

# is_true_or_absent(obj, key): obj[key] is true, or absent where the
# provider default is true.
is_true_or_absent(obj, key) if is_absent(obj, key)

is_true_or_absent(obj, key) if is_true(get(obj, key, null))

# equals(x, v): x is v.
equals(x, v) if x == v

equals(x, v) if _maybe(x)

# not_equals(x, v): x is known and is not v. Use it where the secure value
# is v: `lib.not_equals(status, "Enabled")`, never `not lib.equals(...)`.
not_equals(x, v) if {
	is_known(x)
	x != v
}

not_equals(x, v) if _maybe(x)

# equals_ignore_case(x, v): x is the string v, ignoring case.
equals_ignore_case(x, v) if {
	is_string(x)
	lower(x) == lower(v)
}

equals_ignore_case(x, v) if _maybe(x)

# is_in(x, values): x is one of values (an array or a set). Named is_in
# because `in` is a Rego keyword.
is_in(x, values) if x in values

is_in(x, values) if _maybe(x)

# not_in(x, values): x is known and is none of values.
not_in(x, values) if {
	is_known(x)
	not x in values
}

not_in(x, values) if _maybe(x)

# is_in_ignore_case(x, values): x is a string equal to one of values
# (lowercase strings), ignoring case.
is_in_ignore_case(x, values) if {
	is_string(x)
	lower(x) in values
}

is_in_ignore_case(x, values) if _maybe(x)

# less_than(x, n): x is a number (or numeric string) below n.
less_than(x, n) if number(x) < n

less_than(x, n) if _maybe(x)

# number(x) is x as a number when x is a number or a numeric string;
# undefined otherwise (Terraform converts "22" to 22 for number arguments).
number(x) := x if is_number(x)

number(x) := to_number(trim_space(x)) if {
	is_string(x)
	regex.match(`^\s*-?[0-9]+(\.[0-9]+)?\s*$`, x)
}

# is_public_cidr(x): x is a CIDR block that matches every address
# ("0.0.0.0/0", "::/0": any block with prefix length 0).
is_public_cidr(x) if {
	is_string(x)
	parts := split(trim_space(x), "/")
	count(parts) == 2
	parts[1] == "0"
}

is_public_cidr(x) if _maybe(x)

# any_public_cidr(xs): some element of the list xs is a public CIDR block,
# or the whole list is unknown (pessimistic pass).
any_public_cidr(xs) if {
	some x in as_array(xs)
	is_public_cidr(x)
}

# port_range_includes(from, to, port): the port range from..to (numbers or
# numeric strings) includes port. An unknown bound makes the result depend
# on the pessimistic switch, unless the other bound already excludes port.
port_range_includes(from, to, port) if {
	number(from) <= port
	port <= number(to)
}

port_range_includes(from, to, port) if {
	_maybe(from)
	_at_most_or_unknown(port, to)
}

port_range_includes(from, to, port) if {
	_maybe(to)
	_at_most_or_unknown(from, port)
}

_at_most_or_unknown(a, b) if is_unknown(a)

_at_most_or_unknown(a, b) if is_unknown(b)

_at_most_or_unknown(a, b) if number(a) <= number(b)

# port_spec_includes(spec, port): an Azure-style port specification ("*",
# "22", "1000-2000", or a number) includes port.
port_spec_includes(spec, port) if spec == "*"

port_spec_includes(spec, port) if number(spec) == port

port_spec_includes(spec, port) if {
	is_string(spec)
	bounds := split(trim_space(spec), "-")
	count(bounds) == 2
	number(bounds[0]) <= port
	port <= number(bounds[1])
}

port_spec_includes(spec, port) if _maybe(spec)

# any_port_spec_includes(specs, port): some element of the list specs
# includes port.
any_port_spec_includes(specs, port) if {
	some spec in as_array(specs)
	port_spec_includes(spec, port)
}

# contains_wildcard(x): x is "*", or a list holding "*".
contains_wildcard(x) if _is_star(x)

contains_wildcard(x) if {
	is_array(x)
	some e in x
	_is_star(e)
}

_is_star(x) if x == "*"

_is_star(x) if _maybe(x)

# as_array(x) is x as an array: an array as is, a set sorted, null or an
# absent value as [], an unknown marker or any other value as [x], so that
# iterating keeps an unknown visible to the predicates.
as_array(x) := x if is_array(x)

else := sort(x) if is_set(x)

else := [] if x == null

else := [x]

# get(obj, key, fallback) is obj[key], or fallback when the key is absent or
# null. When obj itself is unknown the marker is returned, so the unknown
# flows on to the predicate that inspects it.
get(obj, key, fallback) := v if {
	v := obj[key]
	v != null
} else := obj if {
	is_unknown(obj)
} else := fallback

# blocks(obj, key) lists the nested blocks obj[key] as an array. Terraform
# blocks are arrays of objects already; a single object (attribute syntax,
# ARM) becomes a one-element array; an unknown value (a dynamic block over
# an unknown collection) becomes [marker] so predicates see it; absent is [].
blocks(obj, key) := v if {
	v := obj[key]
	is_array(v)
} else := [v] if {
	v := obj[key]
	is_object(v)
} else := [obj] if {
	is_unknown(obj)
} else := []

# attr(r, path, fallback) is the attribute of resource r at path (an array of
# keys and indexes), or fallback when it is absent or null. If an ancestor on
# the path is unknown, that marker is returned.
attr(r, path, fallback) := v if {
	count(path) > 1
	ancestors := _unknown_ancestors(r.attributes, path)
	count(ancestors) > 0
	v := ancestors[0]
} else := v if {
	v := object.get(r.attributes, path, null)
	v != null
} else := fallback

_unknown_ancestors(obj, path) := [v |
	some n in numbers.range(1, count(path) - 1)
	v := object.get(obj, array.slice(path, 0, n), null)
	is_unknown(v)
]

# show(x) renders a value for a message; an unknown one as
# "(unknown before deploy)".
show(x) := "(unknown before deploy)" if is_unknown(x)

else := x if is_string(x)

else := sprintf("%v", [x])
