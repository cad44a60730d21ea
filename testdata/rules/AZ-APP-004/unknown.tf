variable "debugging" {
  type = bool
}

resource "azurerm_linux_function_app" "jobs" {
  name                       = "acme-jobs"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "acmejobs"
  storage_account_access_key = "not-a-real-key"

  site_config {
    remote_debugging_enabled = var.debugging # want "AZ-APP-004"
  }
}
