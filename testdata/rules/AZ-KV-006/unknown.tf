variable "log_category_group" {
  type = string
}

data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "main" { # want "AZ-KV-006"
  name                       = "acme-kv"
  location                   = "westeurope"
  resource_group_name        = "rg"
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = true
  rbac_authorization_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "main" {
  name                       = "logs"
  target_resource_id         = azurerm_key_vault.main.id
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/acme-logs"

  enabled_log {
    category_group = var.log_category_group
  }
}
