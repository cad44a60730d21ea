variable "purge_protection" {}

resource "azurerm_key_vault" "main" {
  name                     = "acme-main"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = var.purge_protection # want "AZ-KV-001"
}
