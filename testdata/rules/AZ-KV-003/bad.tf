data "azurerm_client_config" "current" {}

# public_network_access_enabled defaults to true.
resource "azurerm_key_vault" "default" { # want "AZ-KV-003"
  name                     = "acme-default-kv"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = data.azurerm_client_config.current.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_key_vault" "explicit" {
  name                          = "acme-explicit-kv"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = true # want "AZ-KV-003"
}
