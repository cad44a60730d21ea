data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "v3" {
  name                      = "acme-v3-kv"
  location                  = "westeurope"
  resource_group_name       = "rg"
  tenant_id                 = data.azurerm_client_config.current.tenant_id
  sku_name                  = "standard"
  purge_protection_enabled  = true
  enable_rbac_authorization = true
}

resource "azurerm_key_vault" "v4" {
  name                       = "acme-v4-kv"
  location                   = "westeurope"
  resource_group_name        = "rg"
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = true
  rbac_authorization_enabled = true
}
