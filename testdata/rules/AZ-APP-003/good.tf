# ftps_state defaults to "Disabled" on the linux_/windows_ app resources.
resource "azurerm_linux_web_app" "shop" {
  name                = "acme-shop"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}
}

resource "azurerm_windows_function_app" "jobs" {
  name                       = "acme-jobs"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "acmejobs"
  storage_account_access_key = "not-a-real-key"

  site_config {
    ftps_state = "FtpsOnly"
  }
}

resource "azurerm_app_service" "classic" {
  name                = "acme-classic"
  resource_group_name = "rg"
  location            = "westeurope"
  app_service_plan_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    ftps_state = "Disabled"
  }
}
