resource "azurerm_key_vault_key" "cmk" { # want "AZ-KV-005"
  name         = "cmk"
  key_vault_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/acme-kv"
  key_type     = "RSA"
  key_size     = 2048
  key_opts     = ["wrapKey", "unwrapKey"]
}

resource "azurerm_key_vault_secret" "db" { # want "AZ-KV-005"
  name         = "db-password"
  value        = "not-a-real-secret"
  key_vault_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/acme-kv"
}
