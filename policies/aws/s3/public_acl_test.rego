package aws.s3.public_acl_test

import data.aws.s3.public_acl
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(public_acl.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(public_acl.deny) with input as i with data.preflight.pessimistic as true
}

test_public_canned_acl_v3 if {
	_deny([t.resource("aws_s3_bucket", "b", {"acl": "public-read"})]) == {"aws_s3_bucket.b:acl"}
	_deny([t.resource("aws_s3_bucket", "b", {"acl": "public-read-write"})]) == {"aws_s3_bucket.b:acl"}
	_deny([t.resource("aws_s3_bucket", "b", {"acl": "authenticated-read"})]) == {"aws_s3_bucket.b:acl"}
}

test_public_canned_acl_v4 if {
	_deny([t.resource("aws_s3_bucket_acl", "a", {"bucket": "logs", "acl": "public-read"})]) == {"aws_s3_bucket_acl.a:acl"}
}

test_fix_sets_private if {
	some v in public_acl.deny with input as t.input_of([t.resource("aws_s3_bucket", "b", {"acl": "public-read"})])
	v.fix.actions == [{"op": "set", "path": ["acl"], "value": "private"}]
}

test_grants_to_everyone if {
	acl := t.resource("aws_s3_bucket_acl", "a", {"access_control_policy": [{"grant": [
		{"grantee": [{"type": "CanonicalUser", "id": "abc"}], "permission": "FULL_CONTROL"},
		{"grantee": [{"type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AllUsers"}], "permission": "READ"},
	]}]})
	_deny([acl]) == {"aws_s3_bucket_acl.a:access_control_policy.0.grant.1.grantee.0.uri"}
	v3 := t.resource("aws_s3_bucket", "b", {"grant": [{"type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AuthenticatedUsers", "permissions": ["READ"]}]})
	_deny([v3]) == {"aws_s3_bucket.b:grant.0.uri"}
}

test_private_passes if {
	_deny([
		t.resource("aws_s3_bucket", "a", {}),
		t.resource("aws_s3_bucket", "b", {"acl": "private"}),
		t.resource("aws_s3_bucket", "c", {"acl": null}),
		t.resource("aws_s3_bucket_acl", "d", {"acl": "log-delivery-write"}),
		t.resource("aws_s3_bucket_acl", "e", {"access_control_policy": [{"grant": [{"grantee": [{"type": "CanonicalUser", "id": "abc"}]}]}]}),
	]) == set()
}

test_unknown_acl_is_inconclusive if {
	rs := [t.resource("aws_s3_bucket_acl", "a", {"acl": t.unknown("var.acl")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_s3_bucket_acl.a:acl"}
}

test_known_private_stays_clean_in_pessimistic_pass if {
	_deny_pessimistic([t.resource("aws_s3_bucket", "b", {"acl": "private", "tags": t.unknown("var.tags")})]) == set()
}
