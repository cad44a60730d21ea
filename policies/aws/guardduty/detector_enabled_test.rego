package aws.guardduty.detector_enabled_test

import data.aws.guardduty.detector_enabled as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_disabled if {
	_deny([t.resource("aws_guardduty_detector", "main", {"enable": false})]) == {"aws_guardduty_detector.main:enable"}
	i := t.input_of([t.resource("aws_guardduty_detector", "main", {"enable": "false"})])
	some v in rule.deny with input as i
	v.fix.actions == [{"op": "set", "path": ["enable"], "value": true}]
}

test_enabled_or_default_passes if {
	_deny([t.resource("aws_guardduty_detector", "a", {}), t.resource("aws_guardduty_detector", "b", {"enable": true})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_guardduty_detector", "main", {"enable": t.unknown("var.guardduty")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_guardduty_detector.main:enable"}
}
