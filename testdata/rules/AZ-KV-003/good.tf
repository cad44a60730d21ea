data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "private" {
  name                          = "acme-private-kv"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = false
}
