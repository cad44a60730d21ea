resource "azurerm_linux_web_app" "shop" {
  name                = "acme-shop"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    remote_debugging_enabled = true # want "AZ-APP-004"
    remote_debugging_version = "VS2022"
  }
}

resource "azurerm_windows_web_app_slot" "staging" {
  name           = "staging"
  app_service_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/sites/acme-portal"

  site_config {
    remote_debugging_enabled = true # want "AZ-APP-004"
  }
}
