package lib_test

import data.lib
import data.lib.testing as t

bucket := {"id": "aws_s3_bucket.b", "type": "aws_s3_bucket", "name": "b", "attributes": {"bucket": "logs"}, "references": [], "existence_unknown": false}

bucket2 := {"id": "aws_s3_bucket.c", "type": "aws_s3_bucket", "name": "c", "attributes": {"bucket": {"__unknown__": "var.name"}}, "references": [], "existence_unknown": false}

by_ref := {"id": "aws_s3_bucket_versioning.r", "type": "aws_s3_bucket_versioning", "name": "r", "attributes": {"bucket": {"__unknown__": "aws_s3_bucket.b.id"}}, "references": ["aws_s3_bucket.b"], "existence_unknown": false}

by_name := {"id": "aws_s3_bucket_versioning.n", "type": "aws_s3_bucket_versioning", "name": "n", "attributes": {"bucket": "logs"}, "references": [], "existence_unknown": false}

floating := {"id": "aws_s3_bucket_versioning.f", "type": "aws_s3_bucket_versioning", "name": "f", "attributes": {"bucket": {"__unknown__": "var.bucket"}}, "references": [], "existence_unknown": false}

maybe := {"id": "aws_s3_bucket_versioning.m", "type": "aws_s3_bucket_versioning", "name": "m", "attributes": {"bucket": {"__unknown__": "aws_s3_bucket.b.id"}}, "references": ["aws_s3_bucket.b"], "existence_unknown": true}

graph_input := {
	"resources": {r.id: r | some r in [bucket, bucket2, by_ref, by_name, floating, maybe]},
	"by_type": {
		"aws_s3_bucket": [bucket, bucket2],
		"aws_s3_bucket_versioning": [by_name, by_ref, floating, maybe],
	},
	"referenced_by": {"aws_s3_bucket.b": ["aws_s3_bucket_versioning.m", "aws_s3_bucket_versioning.r"]},
}

names := {"logs": {by_name}}

test_resources if {
	ids := [r.id | some r in lib.resources("aws_s3_bucket")] with input as graph_input
	ids == ["aws_s3_bucket.b", "aws_s3_bucket.c"]
	lib.resources("aws_nothing") == [] with input as graph_input
}

test_referrers_and_references if {
	ids := {r.id | some r in lib.referrers(bucket, "aws_s3_bucket_versioning")} with input as graph_input
	ids == {"aws_s3_bucket_versioning.r", "aws_s3_bucket_versioning.m"}
	lib.referrers(bucket, "aws_s3_bucket_acl") == [] with input as graph_input
	refs := [r.id | some r in lib.references(by_ref, "aws_s3_bucket")] with input as graph_input
	refs == ["aws_s3_bucket.b"]
	lib.references_type(by_ref, "aws_s3_bucket") with input as graph_input
	not lib.references_type(floating, "aws_s3_bucket") with input as graph_input
}

test_linked if {
	ids := {c.id | some c in lib.linked(bucket, "aws_s3_bucket_versioning", names, "bucket")} with input as graph_input
	ids == {"aws_s3_bucket_versioning.r", "aws_s3_bucket_versioning.n", "aws_s3_bucket_versioning.m"}
	lib.linked(bucket2, "aws_s3_bucket_versioning", names, "bucket") == set() with input as graph_input
}

test_floating if {
	f := lib.floating("aws_s3_bucket_versioning", "bucket", "aws_s3_bucket") with input as graph_input
	{c.id | some c in f} == {"aws_s3_bucket_versioning.f"}
}

test_companions_normal_includes_floating if {
	f := lib.floating("aws_s3_bucket_versioning", "bucket", "aws_s3_bucket") with input as graph_input
	ids := {c.id | some c in lib.companions(bucket, "aws_s3_bucket_versioning", names, f, "bucket")} with input as graph_input
	ids == {"aws_s3_bucket_versioning.r", "aws_s3_bucket_versioning.n", "aws_s3_bucket_versioning.m", "aws_s3_bucket_versioning.f"}
}

test_companions_pessimistic_only_certain if {
	f := lib.floating("aws_s3_bucket_versioning", "bucket", "aws_s3_bucket") with input as graph_input
	ids := {c.id | some c in lib.companions(bucket, "aws_s3_bucket_versioning", names, f, "bucket")} with input as graph_input
		with data.preflight.pessimistic as true
	ids == {"aws_s3_bucket_versioning.r", "aws_s3_bucket_versioning.n"}
}

test_may_not_exist if {
	lib.may_not_exist(maybe)
	not lib.may_not_exist(bucket)
}

test_violation if {
	lib.violation(bucket, ["acl"], "m") == {"resource": "aws_s3_bucket.b", "path": ["acl"], "msg": "m"}
	v := lib.violation_fix(bucket, ["acl"], "m", lib.fix_set("d", ["acl"], "private"))
	v.fix == {"description": "d", "actions": [{"op": "set", "path": ["acl"], "value": "private"}]}
	b := lib.fix_add_block("d", ["metadata_options"], {"http_tokens": "required"})
	b.actions[0].op == "add_block"
}

test_fix_add_resource if {
	f := lib.fix_add_resource("d", bucket, "aws_s3_bucket_public_access_block", {"block_public_acls": true}, {"bucket": lib.self_ref(bucket, "id")}) with input as graph_input
	f.actions[0].value == {
		"type": "aws_s3_bucket_public_access_block", "name": "b",
		"attributes": {"block_public_acls": true},
		"expressions": {"bucket": "aws_s3_bucket.b.id"},
	}
}

test_fix_add_resource_only_for_plain_addresses if {
	counted := object.union(bucket, {"id": "aws_s3_bucket.b[0]"})
	not lib.fix_add_resource("d", counted, "aws_s3_bucket_versioning", {}, {}) with input as graph_input
	inmod := object.union(bucket, {"id": "module.m.aws_s3_bucket.b"})
	not lib.fix_add_resource("d", inmod, "aws_s3_bucket_versioning", {}, {}) with input as graph_input

	# a resource of that type and name exists already
	taken := object.union(bucket, {"name": "r"})
	not lib.fix_add_resource("d", object.union(taken, {"id": "aws_s3_bucket.r"}), "aws_s3_bucket_versioning", {}, {}) with input as graph_input
}

test_violation_with_fixes if {
	lib.violation_with_fixes(bucket, [], "m", []) == {"resource": "aws_s3_bucket.b", "path": [], "msg": "m"}
	v := lib.violation_with_fixes(bucket, [], "m", [lib.fix_set("d", ["a"], 1)])
	v.fix.actions[0].value == 1
	w := lib.with_related(lib.violation(bucket, [], "m"), {"b", "a"})
	w.related == {"a", "b"}
}

test_companion_index_and_has_companion if {
	idx := lib.companion_index("aws_s3_bucket_versioning", "bucket", "aws_s3_bucket") with input as graph_input
	idx == {
		"ids": {"aws_s3_bucket.b"},
		"names": {"logs"},
		"floating": {"aws_s3_bucket_versioning.f"},
		"uncertain": {"aws_s3_bucket_versioning.m"},
	}
	lib.has_companion(bucket, idx, "bucket")

	# bucket2's name is unknown and nothing references it, but a floating
	# companion might be its own: only the pessimistic pass says "missing".
	lib.has_companion(bucket2, idx, "bucket")
	not lib.has_companion(bucket2, idx, "bucket") with data.preflight.pessimistic as true
}

test_companion_index_pessimistic_drops_uncertain_companions if {
	idx := lib.companion_index("aws_s3_bucket_versioning", "bucket", "aws_s3_bucket") with input as graph_input
		with data.preflight.pessimistic as true

	# maybe references b too but may not exist; by_ref still does
	idx.ids == {"aws_s3_bucket.b"}
	only_maybe := {
		"resources": {r.id: r | some r in [bucket, maybe]},
		"by_type": {"aws_s3_bucket": [bucket], "aws_s3_bucket_versioning": [maybe]},
		"referenced_by": {"aws_s3_bucket.b": ["aws_s3_bucket_versioning.m"]},
	}
	idx2 := lib.companion_index("aws_s3_bucket_versioning", "bucket", "aws_s3_bucket") with input as only_maybe
	lib.has_companion(bucket, idx2, "bucket")
	idx3 := lib.companion_index("aws_s3_bucket_versioning", "bucket", "aws_s3_bucket") with input as only_maybe
		with data.preflight.pessimistic as true
	not lib.has_companion(bucket, idx3, "bucket") with data.preflight.pessimistic as true
}

test_companion_related if {
	# bucket2 has no companion but might have the floating one.
	idx := lib.companion_index("aws_s3_bucket_versioning", "bucket", "aws_s3_bucket") with input as graph_input
	lib.companion_related(bucket2, idx) == {"aws_s3_bucket_versioning.f"} with input as graph_input

	# In the pessimistic pass the bucket's only companion may not exist.
	only_maybe := {
		"resources": {r.id: r | some r in [bucket, maybe]},
		"by_type": {"aws_s3_bucket": [bucket], "aws_s3_bucket_versioning": [maybe]},
		"referenced_by": {"aws_s3_bucket.b": ["aws_s3_bucket_versioning.m"]},
	}
	idx2 := lib.companion_index("aws_s3_bucket_versioning", "bucket", "aws_s3_bucket") with input as only_maybe
		with data.preflight.pessimistic as true
	lib.companion_related(bucket, idx2) == {"aws_s3_bucket_versioning.m"} with input as only_maybe
}

test_resources_leave_out_data_sources if {
	managed := t.resource("azurerm_key_vault_secret", "db", {})
	ds := t.data_source("azurerm_key_vault_secret", "shared", {})
	i := t.input_of([managed, ds])
	ids := {r.id | some r in lib.resources("azurerm_key_vault_secret")} with input as i
	ids == {managed.id}
	data_ids := {r.id | some r in lib.data_sources("azurerm_key_vault_secret")} with input as i
	data_ids == {ds.id}
}

# With several roots, ids start with the root's folder: the fix is offered
# for a plain address there too, unless that root has the resource already.
test_fix_add_resource_in_a_scan_of_several_roots if {
	scoped := object.union(bucket, {"id": "infra/prod:aws_s3_bucket.b"})
	lib.fix_add_resource("d", scoped, "aws_s3_bucket_versioning", {}, {}) with input as graph_input
	inmod := object.union(bucket, {"id": "infra/prod:module.m.aws_s3_bucket.b"})
	not lib.fix_add_resource("d", inmod, "aws_s3_bucket_versioning", {}, {}) with input as graph_input
	taken := object.union(graph_input, {"resources": {"infra/prod:aws_s3_bucket_versioning.b": {}}})
	not lib.fix_add_resource("d", scoped, "aws_s3_bucket_versioning", {}, {}) with input as taken
}
