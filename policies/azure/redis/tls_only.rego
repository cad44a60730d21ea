# METADATA
# title: Redis caches must accept TLS 1.2 connections only
# description: >-
#   A Redis cache with the non-TLS port open, or accepting TLS 1.0 or 1.1,
#   lets anyone on the network path read the cached data and the access key
#   every client sends when it connects.
# custom:
#   id: AZ-RED-001
#   severity: HIGH
#   category: encryption
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: set non_ssl_port_enabled = false (azurerm v4;
#     enable_non_ssl_port in v3), or remove it: it defaults to false; and
#     set minimum_tls_version = "1.2". ARM: set properties.enableNonSslPort
#     to false and properties.minimumTlsVersion to "1.2" on
#     Microsoft.Cache/redis.
#   equivalents:
#     checkov: [CKV_AZURE_91, CKV_AZURE_148]
#   defaults:
#     - attribute: non_ssl_port_enabled (enable_non_ssl_port in azurerm v3)
#       value: false
#       source: azurerm v3 and v4
#     - attribute: minimum_tls_version
#       value: 1.2 in azurerm v4 (1.0 before, so only an explicit old version is reported)
#       source: azurerm v4
#     - attribute: properties.enableNonSslPort
#       value: false
#       source: ARM, every apiVersion
#   fix: true
package azure.redis.tls_only

import data.lib

# azurerm v3 and v4 names of the non-TLS port switch; both default to false.
_port_keys := ["enable_non_ssl_port", "non_ssl_port_enabled"]

_old_tls := {"1.0", "1.1"}

deny contains v if {
	some r in lib.resources("azurerm_redis_cache")
	some key in _port_keys
	lib.is_true(lib.get(r.attributes, key, false))
	msg := sprintf("Redis cache %q accepts unencrypted connections on port 6379; set %s = false", [r.name, key])
	v := lib.violation_fix(r, [key], msg, lib.fix_set(sprintf("Set %s = false", [key]), [key], false))
}

# minimum_tls_version defaulted to "1.0" before azurerm v4 and Azure has
# since retired TLS 1.0 and 1.1 for Redis: only an explicit old version is
# reported.
deny contains v if {
	some r in lib.resources("azurerm_redis_cache")
	tls := lib.get(r.attributes, "minimum_tls_version", "1.2")
	lib.is_in(tls, _old_tls)
	msg := sprintf(`Redis cache %q accepts TLS %s; set minimum_tls_version = "1.2"`, [r.name, lib.show(tls)])
	v := lib.violation_fix(r, ["minimum_tls_version"], msg, lib.fix_set(`Set minimum_tls_version = "1.2"`, ["minimum_tls_version"], "1.2"))
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.Cache/redis")
	lib.is_true(lib.arm_property(r, "enableNonSslPort", false))
	path := ["properties", lib.arm_key(lib.arm_properties(r), "enableNonSslPort")]
	msg := sprintf("Redis cache %q accepts unencrypted connections on port 6379; set properties.enableNonSslPort to false", [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set properties.enableNonSslPort to false", path, false))
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.Cache/redis")
	tls := lib.arm_property(r, "minimumTlsVersion", "1.2")
	lib.is_in(tls, _old_tls)
	path := ["properties", lib.arm_key(lib.arm_properties(r), "minimumTlsVersion")]
	msg := sprintf(`Redis cache %q accepts TLS %s; set properties.minimumTlsVersion to "1.2"`, [r.name, lib.show(tls)])
	v := lib.violation_fix(r, path, msg, lib.fix_set(`Set properties.minimumTlsVersion to "1.2"`, path, "1.2"))
}
