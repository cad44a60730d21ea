variable "default_action" {
  type = string
}

data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "main" {
  name                     = "acme-kv"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = data.azurerm_client_config.current.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  network_acls {
    bypass         = "AzureServices"
    default_action = var.default_action # want "AZ-KV-002"
  }
}
