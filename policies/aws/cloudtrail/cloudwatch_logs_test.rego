package aws.cloudtrail.cloudwatch_logs_test

import data.aws.cloudtrail.cloudwatch_logs as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_no_cloudwatch_delivery if {
	_deny([t.resource("aws_cloudtrail", "main", {"s3_bucket_name": "trail"})]) == {"aws_cloudtrail.main:cloud_watch_logs_group_arn"}
	_deny([t.resource("aws_cloudtrail", "main", {"cloud_watch_logs_group_arn": null})]) == {"aws_cloudtrail.main:cloud_watch_logs_group_arn"}
	i := t.input_of([t.resource("aws_cloudtrail", "main", {})])
	some v in rule.deny with input as i
	v.fix.template == true
	count(v.fix.actions) == 2
}

test_delivery_passes if {
	_deny([t.resource("aws_cloudtrail", "main", {"cloud_watch_logs_group_arn": "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*"})]) == set()

	# a computed ARN is still a log group: the trail delivers somewhere
	_deny_pessimistic([t.resource("aws_cloudtrail", "main", {"cloud_watch_logs_group_arn": t.unknown("aws_cloudwatch_log_group.trail.arn")})]) == set()
}

test_unknown_trail_settings_are_inconclusive if {
	rs := [t.resource("aws_cloudtrail", "main", t.unknown("module.trail.settings"))]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_cloudtrail.main:cloud_watch_logs_group_arn"}
}
