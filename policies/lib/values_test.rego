package lib_test

import data.lib

u := {"__unknown__": "var.x"}

test_is_unknown if {
	lib.is_unknown(u)
	not lib.is_unknown({"__unknown__": 1})
	not lib.is_unknown("x")
	lib.is_known("x")
	lib.unknown_expr(u) == "var.x"
}

test_pessimistic_switch if {
	not lib.pessimistic
	lib.pessimistic with data.preflight.pessimistic as true
}

test_is_true if {
	lib.is_true(true)
	lib.is_true("true")
	not lib.is_true(false)
	not lib.is_true(null)
	not lib.is_true(u)
	lib.is_true(u) with data.preflight.pessimistic as true
}

test_is_false if {
	lib.is_false(false)
	lib.is_false("false")
	not lib.is_false(true)
	not lib.is_false(u)
	lib.is_false(u) with data.preflight.pessimistic as true
}

test_is_false_or_absent if {
	lib.is_false_or_absent({}, "a")
	lib.is_false_or_absent({"a": null}, "a")
	lib.is_false_or_absent({"a": false}, "a")
	not lib.is_false_or_absent({"a": true}, "a")
	not lib.is_false_or_absent({"a": u}, "a")
	not lib.is_false_or_absent(u, "a")
	lib.is_false_or_absent({"a": u}, "a") with data.preflight.pessimistic as true
	lib.is_false_or_absent(u, "a") with data.preflight.pessimistic as true
	not lib.is_false_or_absent({"a": true}, "a") with data.preflight.pessimistic as true
}

test_is_true_or_absent if {
	lib.is_true_or_absent({}, "a")
	lib.is_true_or_absent({"a": true}, "a")
	not lib.is_true_or_absent({"a": false}, "a")
	not lib.is_true_or_absent({"a": u}, "a")
	lib.is_true_or_absent({"a": u}, "a") with data.preflight.pessimistic as true
}

test_equals if {
	lib.equals("a", "a")
	not lib.equals("a", "b")
	not lib.equals(u, "a")
	lib.equals(u, "a") with data.preflight.pessimistic as true
}

test_not_equals if {
	lib.not_equals("Suspended", "Enabled")
	not lib.not_equals("Enabled", "Enabled")
	not lib.not_equals(u, "Enabled")
	lib.not_equals(u, "Enabled") with data.preflight.pessimistic as true
}

test_equals_ignore_case if {
	lib.equals_ignore_case("INBOUND", "Inbound")
	not lib.equals_ignore_case("Outbound", "Inbound")
	not lib.equals_ignore_case(1, "Inbound")
	lib.equals_ignore_case(u, "Inbound") with data.preflight.pessimistic as true
}

test_is_in if {
	lib.is_in("public-read", {"public-read", "authenticated-read"})
	lib.is_in(-1, ["-1", -1])
	not lib.is_in("private", {"public-read"})
	not lib.is_in(u, {"public-read"})
	lib.is_in(u, {"public-read"}) with data.preflight.pessimistic as true
	lib.is_in_ignore_case("TLS1_0", {"tls1_0"})
	not lib.is_in_ignore_case(u, {"tls1_0"})
	lib.is_in_ignore_case(u, {"tls1_0"}) with data.preflight.pessimistic as true
}

test_not_in if {
	lib.not_in("b", {"a"})
	not lib.not_in("a", {"a"})
	not lib.not_in(u, {"a"})
	lib.not_in(u, {"a"}) with data.preflight.pessimistic as true
}

test_number if {
	lib.number(22) == 22
	lib.number("22") == 22
	lib.number(" 3389 ") == 3389
	not lib.number("ssh")
	not lib.number(u)
	lib.less_than("5", 7)
	not lib.less_than(9, 7)
	lib.less_than(u, 7) with data.preflight.pessimistic as true
}

test_is_public_cidr if {
	lib.is_public_cidr("0.0.0.0/0")
	lib.is_public_cidr("::/0")
	lib.is_public_cidr(" 0.0.0.0/0 ")
	not lib.is_public_cidr("10.0.0.0/8")
	not lib.is_public_cidr("0.0.0.0/10")
	not lib.is_public_cidr(u)
	lib.is_public_cidr(u) with data.preflight.pessimistic as true
}

test_any_public_cidr if {
	lib.any_public_cidr(["10.0.0.0/8", "0.0.0.0/0"])
	lib.any_public_cidr("0.0.0.0/0")
	not lib.any_public_cidr(["10.0.0.0/8"])
	not lib.any_public_cidr(null)
	not lib.any_public_cidr([])
	not lib.any_public_cidr(u)
	not lib.any_public_cidr(["10.0.0.0/8", u])
	lib.any_public_cidr(u) with data.preflight.pessimistic as true
	lib.any_public_cidr(["10.0.0.0/8", u]) with data.preflight.pessimistic as true
	not lib.any_public_cidr(["10.0.0.0/8"]) with data.preflight.pessimistic as true
}

test_port_range_includes if {
	lib.port_range_includes(22, 22, 22)
	lib.port_range_includes(0, 65535, 3389)
	lib.port_range_includes("20", "30", 22)
	not lib.port_range_includes(80, 443, 22)
	not lib.port_range_includes(u, 443, 22)
	lib.port_range_includes(u, 443, 22) with data.preflight.pessimistic as true
	lib.port_range_includes(0, u, 22) with data.preflight.pessimistic as true

	# a known bound that excludes the port decides, even in the pessimistic pass
	not lib.port_range_includes(u, 20, 22) with data.preflight.pessimistic as true
	not lib.port_range_includes(80, u, 22) with data.preflight.pessimistic as true
}

test_port_spec_includes if {
	lib.port_spec_includes("*", 22)
	lib.port_spec_includes("22", 22)
	lib.port_spec_includes(22, 22)
	lib.port_spec_includes("20-25", 22)
	not lib.port_spec_includes("80", 22)
	not lib.port_spec_includes("1000-2000", 22)
	not lib.port_spec_includes(u, 22)
	lib.port_spec_includes(u, 22) with data.preflight.pessimistic as true
	lib.any_port_spec_includes(["80", "3389"], 3389)
	not lib.any_port_spec_includes(["80", "443"], 3389)
	not lib.any_port_spec_includes(null, 3389)
}

test_contains_wildcard if {
	lib.contains_wildcard("*")
	lib.contains_wildcard(["s3:GetObject", "*"])
	not lib.contains_wildcard("s3:*")
	not lib.contains_wildcard(["s3:GetObject"])
	not lib.contains_wildcard(u)
	not lib.contains_wildcard([u])
	lib.contains_wildcard(u) with data.preflight.pessimistic as true
	lib.contains_wildcard([u]) with data.preflight.pessimistic as true
}

test_as_array if {
	lib.as_array(["a"]) == ["a"]
	lib.as_array("a") == ["a"]
	lib.as_array(null) == []
	lib.as_array(u) == [u]
	lib.as_array({"b", "a"}) == ["a", "b"]
}

test_get if {
	lib.get({"a": 1}, "a", 0) == 1
	lib.get({"a": null}, "a", 0) == 0
	lib.get({}, "a", 0) == 0
	lib.get(u, "a", 0) == u
	lib.get({"a": false}, "a", true) == false
}

test_blocks if {
	lib.blocks({"b": [{"x": 1}, {"x": 2}]}, "b") == [{"x": 1}, {"x": 2}]
	lib.blocks({"b": {"x": 1}}, "b") == [{"x": 1}]
	lib.blocks({"b": u}, "b") == [u]
	lib.blocks(u, "b") == [u]
	lib.blocks({}, "b") == []
	lib.blocks({"b": null}, "b") == []
}

test_attr if {
	r := {"attributes": {"a": [{"b": {"c": 1}}], "u": u, "n": null}}
	lib.attr(r, ["a", 0, "b", "c"], 0) == 1
	lib.attr(r, ["a", 0, "b", "d"], 0) == 0
	lib.attr(r, ["a", 5], 0) == 0
	lib.attr(r, ["u", 0, "x"], 0) == u
	lib.attr(r, ["u"], 0) == u
	lib.attr(r, ["n"], 7) == 7
	lib.attr(r, [], 0) == r.attributes
}

test_show if {
	lib.show(u) == "(unknown before deploy)"
	lib.show("a") == "a"
	lib.show(22) == "22"
}
