data "azurerm_client_config" "current" {}

# Access policies are the default.
resource "azurerm_key_vault" "default" { # want "AZ-KV-004"
  name                     = "acme-default-kv"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = data.azurerm_client_config.current.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  access_policy {
    tenant_id          = data.azurerm_client_config.current.tenant_id
    object_id          = data.azurerm_client_config.current.object_id
    secret_permissions = ["Get", "List", "Set"]
  }
}

# azurerm v3 name.
resource "azurerm_key_vault" "v3" {
  name                      = "acme-v3-kv"
  location                  = "westeurope"
  resource_group_name       = "rg"
  tenant_id                 = data.azurerm_client_config.current.tenant_id
  sku_name                  = "standard"
  purge_protection_enabled  = true
  enable_rbac_authorization = false # want "AZ-KV-004"
}

# azurerm v4.42+ name.
resource "azurerm_key_vault" "v4" {
  name                       = "acme-v4-kv"
  location                   = "westeurope"
  resource_group_name        = "rg"
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = true
  rbac_authorization_enabled = false # want "AZ-KV-004"
}
