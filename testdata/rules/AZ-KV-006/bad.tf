data "azurerm_client_config" "current" {}

resource "azurerm_log_analytics_workspace" "logs" {
  name                = "acme-logs"
  location            = "westeurope"
  resource_group_name = "rg"
}

# No diagnostic setting at all.
resource "azurerm_key_vault" "silent" { # want "AZ-KV-006"
  name                       = "acme-silent-kv"
  location                   = "westeurope"
  resource_group_name        = "rg"
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = true
  rbac_authorization_enabled = true
}

# A diagnostic setting that exports metrics only.
resource "azurerm_key_vault" "metrics" { # want "AZ-KV-006"
  name                       = "acme-metrics-kv"
  location                   = "westeurope"
  resource_group_name        = "rg"
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = true
  rbac_authorization_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "metrics" {
  name                       = "metrics"
  target_resource_id         = azurerm_key_vault.metrics.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.logs.id

  enabled_metric {
    category = "AllMetrics"
  }
}
