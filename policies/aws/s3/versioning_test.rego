package aws.s3.versioning_test

import data.aws.s3.versioning as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_bucket := t.resource("aws_s3_bucket", "b", {"bucket": "logs"})

_versioning(status) := t.refs(t.resource("aws_s3_bucket_versioning", "v", {
	"bucket": t.unknown("aws_s3_bucket.b.id"),
	"versioning_configuration": [{"status": status}],
}), ["aws_s3_bucket.b"])

test_no_versioning if {
	_deny([_bucket]) == {"aws_s3_bucket.b:"}
	some v in rule.deny with input as t.input_of([_bucket])
	v.fix.actions[0].value.attributes == {"versioning_configuration": [{"status": "Enabled"}]}
}

test_v4_enabled_passes if {
	_deny([_bucket, _versioning("Enabled")]) == set()
}

test_v4_suspended if {
	_deny([_bucket, _versioning("Suspended")]) == {"aws_s3_bucket_versioning.v:versioning_configuration.0.status"}
}

test_v4_by_bucket_name if {
	v := t.resource("aws_s3_bucket_versioning", "v", {"bucket": "logs", "versioning_configuration": [{"status": "Enabled"}]})
	_deny([_bucket, v]) == set()
}

test_v3_inline if {
	_deny([t.resource("aws_s3_bucket", "b", {"versioning": [{"enabled": true}]})]) == set()
	_deny([t.resource("aws_s3_bucket", "b", {"versioning": [{"enabled": false}]})]) == {"aws_s3_bucket.b:versioning.0.enabled"}
	_deny([t.resource("aws_s3_bucket", "b", {"versioning": [{"mfa_delete": false}]})]) == {"aws_s3_bucket.b:versioning.0.enabled"}
}

test_v4_companion_overrides_v3_block if {
	b := t.resource("aws_s3_bucket", "b", {"bucket": "logs", "versioning": [{"enabled": false}]})
	_deny([b, _versioning("Enabled")]) == set()
}

test_unknown_status_is_inconclusive if {
	rs := [_bucket, _versioning(t.unknown("var.status"))]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_s3_bucket_versioning.v:versioning_configuration.0.status"}
}

test_unknown_inline_enabled_is_inconclusive if {
	rs := [t.resource("aws_s3_bucket", "b", {"versioning": [{"enabled": t.unknown("var.on")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_s3_bucket.b:versioning.0.enabled"}
}

test_floating_companion_is_inconclusive if {
	f := t.resource("aws_s3_bucket_versioning", "f", {"bucket": t.unknown("var.bucket"), "versioning_configuration": [{"status": "Enabled"}]})
	_deny([_bucket, f]) == set()
	_deny_pessimistic([_bucket, f]) == {"aws_s3_bucket.b:"}
}
