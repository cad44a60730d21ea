package azure.redis.tls_only_test

import data.azure.redis.tls_only as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_redis(attrs) := t.resource("azurerm_redis_cache", "cache", attrs)

test_plain_port_and_old_tls if {
	_deny([_redis({"non_ssl_port_enabled": true})]) == {"azurerm_redis_cache.cache:non_ssl_port_enabled"}
	_deny([_redis({"enable_non_ssl_port": true})]) == {"azurerm_redis_cache.cache:enable_non_ssl_port"}
	_deny([_redis({"minimum_tls_version": "1.0"})]) == {"azurerm_redis_cache.cache:minimum_tls_version"}
}

test_defaults_and_secure_pass if {
	_deny([_redis({})]) == set()
	_deny([_redis({"non_ssl_port_enabled": false, "minimum_tls_version": "1.2"})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_redis({"minimum_tls_version": t.unknown("var.tls")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_redis_cache.cache:minimum_tls_version"}
}

_arm(props) := t.arm_resource("Microsoft.Cache/redis", "cache", {"apiVersion": "2024-03-01", "properties": props})

test_arm_plain_port_and_old_tls if {
	_deny([_arm({"enableNonSslPort": true})]) == {"Microsoft.Cache/redis/cache:properties.enableNonSslPort"}
	_deny([_arm({"MinimumTlsVersion": "1.1"})]) == {"Microsoft.Cache/redis/cache:properties.MinimumTlsVersion"}
}

test_arm_defaults_and_secure_pass if {
	_deny([_arm({})]) == set()
	_deny([_arm({"enableNonSslPort": false, "minimumTlsVersion": "1.2"})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm({"enableNonSslPort": t.unknown("parameters('plainPort')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Cache/redis/cache:properties.enableNonSslPort"}
}
