package aws.elasticache.transit_encryption_test

import data.aws.elasticache.transit_encryption as rule
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

_mc(attrs) := t.resource("aws_elasticache_cluster", "mc", object.union({"engine": "memcached"}, attrs))

test_replication_group_plain if {
	_deny([_rg({})]) == {"aws_elasticache_replication_group.rg:transit_encryption_enabled"}
	_deny([_rg({"transit_encryption_enabled": false})]) == {"aws_elasticache_replication_group.rg:transit_encryption_enabled"}
	_deny([_rg({"transit_encryption_enabled": true, "transit_encryption_mode": "preferred"})]) == {"aws_elasticache_replication_group.rg:transit_encryption_mode"}
}

test_replication_group_encrypted if {
	_deny([_rg({"transit_encryption_enabled": true})]) == set()
	_deny([_rg({"transit_encryption_enabled": true, "transit_encryption_mode": "required"})]) == set()
	_deny([_rg({"global_replication_group_id": "g"})]) == set()
}

test_fix_replaces_on_old_engines if {
	some v in rule.deny with input as t.input_of([_rg({"engine_version": "6.2"})])
	v.fix.replaces == true
	some w in rule.deny with input as t.input_of([_rg({"engine_version": "7.1"})])
	not "replaces" in object.keys(w.fix)
	some x in rule.deny with input as t.input_of([_rg({})])
	x.fix.actions == [{"op": "set", "path": ["transit_encryption_enabled"], "value": true}]
	not "replaces" in object.keys(x.fix)
}

test_memcached_cluster if {
	_deny([_mc({})]) == {"aws_elasticache_cluster.mc:transit_encryption_enabled"}
	_deny([_mc({"engine_version": "1.6.17", "transit_encryption_enabled": false})]) == {"aws_elasticache_cluster.mc:transit_encryption_enabled"}
	_deny([_mc({"engine_version": "1.6.6"})]) == set()
	_deny([_mc({"transit_encryption_enabled": true})]) == set()
	_deny([t.resource("aws_elasticache_cluster", "r", {"engine": "redis"})]) == set()
	_deny([t.resource("aws_elasticache_cluster", "m", {"replication_group_id": "rg"})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_rg({"transit_encryption_enabled": t.unknown("var.tls")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_elasticache_replication_group.rg:transit_encryption_enabled"}
	mc := [_mc({"engine_version": t.unknown("var.version")})]
	_deny(mc) == set()
	_deny_pessimistic(mc) == {"aws_elasticache_cluster.mc:transit_encryption_enabled"}
}
