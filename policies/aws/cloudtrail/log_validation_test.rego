package aws.cloudtrail.log_validation_test

import data.aws.cloudtrail.log_validation as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_validation_off if {
	_deny([t.resource("aws_cloudtrail", "t", {})]) == {"aws_cloudtrail.t:enable_log_file_validation"}
	some v in rule.deny with input as t.input_of([t.resource("aws_cloudtrail", "t", {})])
	v.fix.actions[0] == {"op": "set", "path": ["enable_log_file_validation"], "value": true}
}

test_validation_on_passes if {
	_deny([t.resource("aws_cloudtrail", "t", {"enable_log_file_validation": true})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_cloudtrail", "t", {"enable_log_file_validation": t.unknown("var.v")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_cloudtrail.t:enable_log_file_validation"}
}
