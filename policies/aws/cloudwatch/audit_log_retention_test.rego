package aws.cloudwatch.audit_log_retention_test

import data.aws.cloudwatch.audit_log_retention as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_group(attrs) := t.resource("aws_cloudwatch_log_group", "audit", attrs)

_trail := t.refs(t.resource("aws_cloudtrail", "main", {"cloud_watch_logs_group_arn": t.unknown("aws_cloudwatch_log_group.audit.arn")}), ["aws_cloudwatch_log_group.audit"])

_flow := t.refs(t.resource("aws_flow_log", "vpc", {"log_destination": t.unknown("aws_cloudwatch_log_group.audit.arn")}), ["aws_cloudwatch_log_group.audit"])

test_short_retention_of_audit_group if {
	_deny([_group({"retention_in_days": 30}), _trail]) == {"aws_cloudwatch_log_group.audit:retention_in_days"}
	_deny([_group({"retention_in_days": "90"}), _flow]) == {"aws_cloudwatch_log_group.audit:retention_in_days"}
	i := t.input_of([_group({"retention_in_days": 7}), _trail, _flow])
	some v in rule.deny with input as i
	contains(v.msg, "aws_cloudtrail.main, aws_flow_log.vpc")
	v.fix.actions == [{"op": "set", "path": ["retention_in_days"], "value": 365}]
}

test_long_or_unlimited_retention_passes if {
	_deny([_group({"retention_in_days": 365}), _trail]) == set()
	_deny([_group({"retention_in_days": 3653}), _trail]) == set()
	_deny([_group({"retention_in_days": 0}), _trail]) == set()
	_deny([_group({}), _flow]) == set()
}

test_other_log_groups_are_not_judged if {
	_deny([_group({"retention_in_days": 7})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_group({"retention_in_days": t.unknown("var.retention")}), _trail]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_cloudwatch_log_group.audit:retention_in_days"}
}
