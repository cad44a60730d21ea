# Helpers for the rules' unit tests: build input documents shaped like the
# one eval gives rules, and summarise deny sets. This file is a _test.rego
# file, so it is loaded by `opa test` and never compiled into preflight.
package lib.testing

# unknown(expr) is the marker of a value not known before deploy.
unknown(expr) := {"__unknown__": expr}

# resource(type, name, attributes) is a root-module Terraform resource.
resource(type, name, attributes) := {
	"id": sprintf("%s.%s", [type, name]),
	"type": type,
	"name": name,
	"provider": split(type, "_")[0],
	"format": "terraform",
	"module": "",
	"file": "main.tf",
	"start_line": 1,
	"end_line": 1,
	"attributes": attributes,
	"references": [],
	"existence_unknown": false,
}

# data_source(type, name, attributes) is a Terraform data source.
data_source(type, name, attributes) := object.union(resource(type, name, attributes), {"id": sprintf("data.%s.%s", [type, name])})

# refs(r, ids) is r with its references set.
refs(r, ids) := object.union(r, {"references": ids})

# may_not_exist(r) is r with count or for_each unknown.
may_not_exist(r) := object.union(r, {"existence_unknown": true})

# input_of(rs) is the input document for the resources rs.
input_of(rs) := {
	"resources": {r.id: r | some r in rs},
	"by_type": {t: [r | some id in _ids(rs); some r in rs; r.id == id; r.type == t; not _is_data(r)] | some r0 in rs; not _is_data(r0); t := r0.type},
	"data_by_type": {t: [r | some id in _ids(rs); some r in rs; r.id == id; r.type == t; _is_data(r)] | some r0 in rs; _is_data(r0); t := r0.type},
	"referenced_by": {id: sort([r.id | some r in rs; id in r.references]) | some r0 in rs; some id in r0.references},
}

_ids(rs) := sort([r.id | some r in rs])

# _is_data(r): r is a data source (data.<type>.<name>, also in a module).
_is_data(r) if startswith(r.id, "data.")

_is_data(r) if contains(r.id, ".data.")

# findings(deny) summarises a deny set as {"<resource>:<dotted path>"}.
findings(deny) := {sprintf("%s:%s", [v.resource, concat(".", [sprintf("%v", [p]) | some p in v.path])]) | some v in deny}

test_input_of if {
	a := refs(resource("aws_s3_bucket_acl", "a", {}), ["aws_s3_bucket.b"])
	b := resource("aws_s3_bucket", "b", {})
	i := input_of([a, b])
	i.by_type.aws_s3_bucket == [b]
	i.referenced_by == {"aws_s3_bucket.b": ["aws_s3_bucket_acl.a"]}
	i.resources["aws_s3_bucket_acl.a"] == a
	findings({{"resource": "x.y", "path": ["a", 0, "b"]}}) == {"x.y:a.0.b"}
	data_source("aws_iam_policy_document", "d", {}).id == "data.aws_iam_policy_document.d"
}
