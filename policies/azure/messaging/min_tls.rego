# METADATA
# title: Event Hubs and Service Bus namespaces must require TLS 1.2 or newer
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses; a namespace that still accepts
#   them lets clients negotiate a connection an attacker on the path can
#   break, exposing the messages and the shared access keys that sign them.
# custom:
#   id: AZ-MSG-001
#   severity: MEDIUM
#   category: encryption
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: set minimum_tls_version = "1.2" on azurerm_eventhub_namespace
#     and azurerm_servicebus_namespace, or remove it: it defaults to 1.2.
#     ARM: set properties.minimumTlsVersion to "1.2" on
#     Microsoft.EventHub/namespaces and Microsoft.ServiceBus/namespaces.
#   equivalents:
#     checkov: [CKV_AZURE_223, CKV_AZURE_205]
#     psrule: [Azure.EventHub.MinTLS, Azure.ServiceBus.MinTLS]
#   defaults:
#     - attribute: minimum_tls_version
#       value: "1.2"
#       source: azurerm v3 and v4
#     - attribute: properties.minimumTlsVersion
#       value: "1.2"
#       source: Azure default for namespaces (TLS 1.0 and 1.1 retired)
#   fix: true
package azure.messaging.min_tls

import data.lib

_tf := {
	"azurerm_eventhub_namespace": "Event Hubs namespace",
	"azurerm_servicebus_namespace": "Service Bus namespace",
}

_arm := {
	"Microsoft.EventHub/namespaces": "Event Hubs namespace",
	"Microsoft.ServiceBus/namespaces": "Service Bus namespace",
}

deny contains v if {
	some type, noun in _tf
	some r in lib.resources(type)
	lib.less_than(lib.get(r.attributes, "minimum_tls_version", "1.2"), 1.2)
	msg := sprintf(`%s %q accepts TLS versions older than 1.2; set minimum_tls_version = "1.2"`, [noun, r.name])
	fix := lib.fix_set(`Set minimum_tls_version = "1.2"`, ["minimum_tls_version"], "1.2")
	v := lib.violation_fix(r, ["minimum_tls_version"], msg, fix)
}

deny contains v if {
	some type, noun in _arm
	some r in lib.arm_resources(type)
	lib.less_than(lib.arm_property(r, "minimumTlsVersion", "1.2"), 1.2)
	path := ["properties", "minimumTlsVersion"]
	msg := sprintf(`%s %q accepts TLS versions older than 1.2; set properties.minimumTlsVersion to "1.2"`, [noun, r.name])
	fix := lib.fix_set(`Set properties.minimumTlsVersion to "1.2"`, path, "1.2")
	v := lib.violation_fix(r, path, msg, fix)
}
