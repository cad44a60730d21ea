package aws.cloudtrail.multi_region_test

import data.aws.cloudtrail.multi_region as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_single_region if {
	_deny([t.resource("aws_cloudtrail", "t", {})]) == {"aws_cloudtrail.t:is_multi_region_trail"}
	_deny([t.resource("aws_cloudtrail", "t", {"is_multi_region_trail": false})]) == {"aws_cloudtrail.t:is_multi_region_trail"}
}

test_multi_region_passes if {
	_deny([t.resource("aws_cloudtrail", "t", {"is_multi_region_trail": true})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_cloudtrail", "t", {"is_multi_region_trail": t.unknown("var.all")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_cloudtrail.t:is_multi_region_trail"}
}
