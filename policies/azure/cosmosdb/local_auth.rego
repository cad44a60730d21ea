# METADATA
# title: Cosmos DB accounts should disable key-based authentication
# description: >-
#   With local authentication on, anyone holding one of the account's
#   primary keys has full access to every database in it, without an
#   identity, conditional access or a trace of who they are.
# custom:
#   id: AZ-COS-002
#   severity: MEDIUM
#   category: identity
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: set local_authentication_disabled = true on
#     azurerm_cosmosdb_account. ARM: set properties.disableLocalAuth to true.
#     Grant applications Cosmos DB data-plane roles for their Entra ID
#     identities first: key-based clients stop working. Only NoSQL (Core)
#     accounts are checked; the MongoDB, Cassandra, Table and Gremlin APIs
#     still rely on keys.
#   equivalents:
#     checkov: [CKV_AZURE_140]
#   defaults:
#     - attribute: local_authentication_disabled
#       value: false
#       source: azurerm v3 and v4
#     - attribute: properties.disableLocalAuth
#       value: false
#       source: ARM, every apiVersion
#   fix: true
package azure.cosmosdb.local_auth

import data.lib

# Capabilities of the APIs other than NoSQL, whose clients need keys.
_other_apis := {"enablemongo", "enablecassandra", "enabletable", "enablegremlin"}

# _nosql(kind, capabilities, arm): a NoSQL (GlobalDocumentDB) account with no
# other API capability; unknown values count only in the pessimistic pass.
_nosql(kind, capabilities, arm) if {
	lib.equals_ignore_case(kind, "GlobalDocumentDB")
	every c in capabilities {
		_not_other_api(_cap_name(c, arm))
	}
}

_cap_name(c, arm) := lib.arm_get(c, "name", null) if arm

else := lib.get(c, "name", null)

_not_other_api(x) if {
	is_string(x)
	not lower(x) in _other_apis
}

_not_other_api(x) if {
	lib.is_unknown(x)
	lib.pessimistic
}

deny contains v if {
	some r in lib.resources("azurerm_cosmosdb_account")
	_nosql(lib.get(r.attributes, "kind", "GlobalDocumentDB"), lib.blocks(r.attributes, "capabilities"), false)
	lib.is_false_or_absent(r.attributes, "local_authentication_disabled")
	path := ["local_authentication_disabled"]
	msg := sprintf("Cosmos DB account %q accepts its primary keys; set local_authentication_disabled = true", [r.name])
	fix := lib.fix_set("Set local_authentication_disabled = true (key-based clients stop working: grant data-plane roles first)", path, true)
	v := lib.violation_fix(r, path, msg, fix)
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.DocumentDB/databaseAccounts")
	props := lib.arm_properties(r)
	capabilities := lib.as_array(lib.arm_get(props, "capabilities", null))
	_nosql(lib.arm_get(r.attributes, "kind", "GlobalDocumentDB"), capabilities, true)
	lib.is_false_or_absent(props, lib.arm_key(props, "disableLocalAuth"))
	path := ["properties", lib.arm_key(props, "disableLocalAuth")]
	msg := sprintf("Cosmos DB account %q accepts its primary keys; set properties.disableLocalAuth to true", [r.name])
	fix := lib.fix_set("Set properties.disableLocalAuth to true (key-based clients stop working: grant data-plane roles first)", path, true)
	v := lib.violation_fix(r, path, msg, fix)
}
