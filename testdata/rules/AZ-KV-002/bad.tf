data "azurerm_client_config" "current" {}

# No network_acls: every network may reach the vault.
resource "azurerm_key_vault" "open" { # want "AZ-KV-002"
  name                     = "acme-open-kv"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = data.azurerm_client_config.current.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_key_vault" "allow" {
  name                     = "acme-allow-kv"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = data.azurerm_client_config.current.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  network_acls {
    bypass         = "AzureServices"
    default_action = "Allow" # want "AZ-KV-002"
  }
}
