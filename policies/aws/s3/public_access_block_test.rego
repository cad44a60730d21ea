package aws.s3.public_access_block_test

import data.aws.s3.public_access_block as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_all_on := {"block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}

_bucket := t.resource("aws_s3_bucket", "b", {"bucket": "logs"})

_bpa(attrs) := t.refs(t.resource("aws_s3_bucket_public_access_block", "b", object.union({"bucket": t.unknown("aws_s3_bucket.b.id")}, attrs)), ["aws_s3_bucket.b"])

test_missing_block if {
	_deny([_bucket]) == {"aws_s3_bucket.b:"}
}

test_missing_block_fix_adds_resource if {
	some v in rule.deny with input as t.input_of([_bucket])
	v.fix.actions[0].op == "add_resource"
	v.fix.actions[0].value.type == "aws_s3_bucket_public_access_block"
	v.fix.actions[0].value.expressions == {"bucket": "aws_s3_bucket.b.id"}
	v.fix.actions[0].value.attributes == _all_on
}

test_missing_block_no_fix_for_counted_bucket if {
	counted := object.union(_bucket, {"id": "aws_s3_bucket.b[0]"})
	some v in rule.deny with input as t.input_of([counted])
	not "fix" in object.keys(v)
}

test_linked_by_reference_all_on_passes if {
	_deny([_bucket, _bpa(_all_on)]) == set()
}

test_linked_by_name_all_on_passes if {
	bpa := t.resource("aws_s3_bucket_public_access_block", "x", object.union({"bucket": "logs"}, _all_on))
	_deny([_bucket, bpa]) == set()
}

test_flag_off_is_reported_on_the_block if {
	_deny([_bucket, _bpa(object.union(_all_on, {"ignore_public_acls": false}))]) == {"aws_s3_bucket_public_access_block.b:ignore_public_acls"}
	_deny([_bucket, _bpa({"block_public_acls": true})]) == {
		"aws_s3_bucket_public_access_block.b:block_public_policy",
		"aws_s3_bucket_public_access_block.b:ignore_public_acls",
		"aws_s3_bucket_public_access_block.b:restrict_public_buckets",
	}
}

test_block_for_other_bucket_does_not_count if {
	other := t.resource("aws_s3_bucket_public_access_block", "o", object.union({"bucket": "other"}, _all_on))
	_deny([_bucket, other]) == {"aws_s3_bucket.b:"}
}

test_account_level_block_covers_buckets if {
	account := t.resource("aws_s3_account_public_access_block", "a", _all_on)
	_deny([_bucket, account]) == set()
	partial := t.resource("aws_s3_account_public_access_block", "a", {"block_public_acls": true})
	_deny([_bucket, partial]) == {"aws_s3_bucket.b:"}
}

test_block_with_unknown_bucket_is_inconclusive if {
	floating := t.resource("aws_s3_bucket_public_access_block", "f", object.union({"bucket": t.unknown("var.bucket")}, _all_on))
	_deny([_bucket, floating]) == set()
	_deny_pessimistic([_bucket, floating]) == {"aws_s3_bucket.b:"}
	some v in rule.deny with input as t.input_of([_bucket, floating]) with data.preflight.pessimistic as true
	v.related == {"aws_s3_bucket_public_access_block.f"}
}

test_unknown_flag_is_inconclusive if {
	rs := [_bucket, _bpa(object.union(_all_on, {"block_public_policy": t.unknown("var.block")}))]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_s3_bucket_public_access_block.b:block_public_policy"}
}

test_block_that_may_not_exist_is_inconclusive if {
	rs := [_bucket, t.may_not_exist(_bpa(_all_on))]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_s3_bucket.b:"}
}
