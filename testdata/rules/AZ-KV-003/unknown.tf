variable "public_access" {
  type = bool
}

data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "main" {
  name                          = "acme-kv"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = var.public_access # want "AZ-KV-003"
}
