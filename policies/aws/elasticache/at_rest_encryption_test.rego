package aws.elasticache.at_rest_encryption_test

import data.aws.elasticache.at_rest_encryption as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_rg(attrs) := t.resource("aws_elasticache_replication_group", "rg", attrs)

test_unencrypted if {
	_deny([_rg({"description": "cache"})]) == {"aws_elasticache_replication_group.rg:at_rest_encryption_enabled"}
	_deny([_rg({"engine": "redis", "at_rest_encryption_enabled": false})]) == {"aws_elasticache_replication_group.rg:at_rest_encryption_enabled"}
	_deny([_rg({"engine": "valkey", "at_rest_encryption_enabled": false})]) == {"aws_elasticache_replication_group.rg:at_rest_encryption_enabled"}
}

test_encrypted_or_default_passes if {
	_deny([_rg({"at_rest_encryption_enabled": true})]) == set()
	_deny([_rg({"engine": "valkey"})]) == set()
	_deny([_rg({"global_replication_group_id": "ldgnf-global"})]) == set()
}

test_fix_replaces if {
	some v in rule.deny with input as t.input_of([_rg({})])
	v.fix.replaces == true
	v.fix.actions == [{"op": "set", "path": ["at_rest_encryption_enabled"], "value": true}]
}

test_unknown_is_inconclusive if {
	rs := [_rg({"at_rest_encryption_enabled": t.unknown("var.encrypt")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_elasticache_replication_group.rg:at_rest_encryption_enabled"}
	engine := [_rg({"engine": t.unknown("var.engine")})]
	_deny(engine) == set()
	_deny_pessimistic(engine) == {"aws_elasticache_replication_group.rg:at_rest_encryption_enabled"}
}
