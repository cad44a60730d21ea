# remote_debugging_enabled defaults to false.
resource "azurerm_linux_web_app" "shop" {
  name                = "acme-shop"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}

resource "azurerm_windows_web_app" "portal" {
  name                = "acme-portal"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    remote_debugging_enabled = false
  }
}
