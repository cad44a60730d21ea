resource "azurerm_monitor_log_profile" "default" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/activitylogs"

  retention_policy {
    enabled = true
    days    = 90 # want "AZ-MON-001"
  }
}
