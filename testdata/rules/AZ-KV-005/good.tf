resource "azurerm_key_vault_key" "cmk" {
  name            = "cmk"
  key_vault_id    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/acme-kv"
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["wrapKey", "unwrapKey"]
  expiration_date = "2027-06-30T00:00:00Z"
}

resource "azurerm_key_vault_secret" "db" {
  name            = "db-password"
  value           = "not-a-real-secret"
  key_vault_id    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/acme-kv"
  expiration_date = "2027-06-30T00:00:00Z"
}
