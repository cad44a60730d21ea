package azure.keyvault.secret_expiration_test

import data.azure.keyvault.secret_expiration as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_no_expiry if {
	_deny([
		t.resource("azurerm_key_vault_key", "k", {"key_type": "RSA"}),
		t.resource("azurerm_key_vault_secret", "s", {"value": "x"}),
	]) == {"azurerm_key_vault_key.k:expiration_date", "azurerm_key_vault_secret.s:expiration_date"}
}

test_fix_is_a_template if {
	i := t.input_of([t.resource("azurerm_key_vault_secret", "s", {})])
	some v in rule.deny with input as i
	v.fix.template == true
}

test_expiry_passes if {
	_deny([t.resource("azurerm_key_vault_secret", "s", {"expiration_date": "2027-01-01T00:00:00Z"})]) == set()
}

test_unknown_expiry_passes if {
	# an unknown expiration date is still an expiration date
	rs := [t.resource("azurerm_key_vault_secret", "s", {"expiration_date": t.unknown("timeadd(timestamp(), \"8760h\")")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == set()
}

test_unknown_attributes_is_inconclusive if {
	rs := [t.arm_resource("Microsoft.KeyVault/vaults/secrets", "kv/s", {"properties": {"attributes": t.unknown("parameters('attrs')")}})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.KeyVault/vaults/secrets/kv/s:properties.attributes.exp"}
}

test_arm_no_expiry if {
	_deny([
		t.arm_resource("Microsoft.KeyVault/vaults/secrets", "kv/s", {"properties": {"value": "x"}}),
		t.arm_resource("Microsoft.KeyVault/vaults/keys", "kv/k", {"properties": {"kty": "RSA", "Attributes": {"enabled": true}}}),
	]) == {"Microsoft.KeyVault/vaults/secrets/kv/s:properties.attributes.exp", "Microsoft.KeyVault/vaults/keys/kv/k:properties.Attributes.exp"}
}

test_arm_expiry_passes if {
	_deny([t.arm_resource("Microsoft.KeyVault/vaults/secrets", "kv/s", {"properties": {"attributes": {"exp": 1798761600}}})]) == set()
}

test_data_sources_are_not_reported if {
	# data "azurerm_key_vault_secret" reads a secret created elsewhere
	_deny([t.data_source("azurerm_key_vault_secret", "shared", {"name": "db-password"})]) == set()
}
