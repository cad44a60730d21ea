package aws.dynamodb.point_in_time_recovery_test

import data.aws.dynamodb.point_in_time_recovery as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_table(attrs) := t.resource("aws_dynamodb_table", "orders", object.union({"name": "orders", "hash_key": "id"}, attrs))

test_missing_block if {
	_deny([_table({})]) == {"aws_dynamodb_table.orders:"}
	i := t.input_of([_table({})])
	some v in rule.deny with input as i
	v.fix.actions == [{"op": "add_block", "path": ["point_in_time_recovery"], "value": {"enabled": true}}]
}

test_disabled if {
	_deny([_table({"point_in_time_recovery": [{"enabled": false}]})]) == {"aws_dynamodb_table.orders:point_in_time_recovery.0.enabled"}
	_deny([_table({"point_in_time_recovery": [{}]})]) == {"aws_dynamodb_table.orders:point_in_time_recovery.0.enabled"}
}

test_enabled_passes if {
	_deny([_table({"point_in_time_recovery": [{"enabled": true}]})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_table({"point_in_time_recovery": [{"enabled": t.unknown("var.pitr")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_dynamodb_table.orders:point_in_time_recovery.0.enabled"}
	dyn := [_table({"point_in_time_recovery": t.unknown("var.pitr_blocks")})]
	_deny(dyn) == set()
	_deny_pessimistic(dyn) == {"aws_dynamodb_table.orders:point_in_time_recovery.0.enabled"}
}

test_replicas if {
	_deny([_table({"point_in_time_recovery": [{"enabled": true}], "replica": [{"region_name": "eu-west-1"}, {"region_name": "us-east-1", "point_in_time_recovery": true}]})]) == {"aws_dynamodb_table.orders:replica.0.point_in_time_recovery"}
	_deny([t.resource("aws_dynamodb_table_replica", "eu", {"global_table_arn": t.unknown("aws_dynamodb_table.orders.arn")})]) == {"aws_dynamodb_table_replica.eu:point_in_time_recovery"}
	_deny([t.resource("aws_dynamodb_table_replica", "eu", {"point_in_time_recovery": true})]) == set()
	rs := [t.resource("aws_dynamodb_table_replica", "eu", {"point_in_time_recovery": t.unknown("var.pitr")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_dynamodb_table_replica.eu:point_in_time_recovery"}
}
