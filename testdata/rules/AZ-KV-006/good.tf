data "azurerm_client_config" "current" {}

resource "azurerm_log_analytics_workspace" "logs" {
  name                = "acme-logs"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_key_vault" "main" {
  name                       = "acme-kv"
  location                   = "westeurope"
  resource_group_name        = "rg"
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = true
  rbac_authorization_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "main" {
  name                       = "audit"
  target_resource_id         = azurerm_key_vault.main.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.logs.id

  enabled_log {
    category_group = "audit"
  }
}

# azurerm v3 legacy log block.
resource "azurerm_key_vault" "legacy" {
  name                       = "acme-legacy-kv"
  location                   = "westeurope"
  resource_group_name        = "rg"
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = true
  rbac_authorization_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "legacy" {
  name                       = "audit"
  target_resource_id         = azurerm_key_vault.legacy.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.logs.id

  log {
    category = "AuditEvent"
    enabled  = true
  }
}
