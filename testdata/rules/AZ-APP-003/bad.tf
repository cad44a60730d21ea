resource "azurerm_linux_web_app" "shop" {
  name                = "acme-shop"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    ftps_state = "AllAllowed" # want "AZ-APP-003"
  }
}

# The legacy resource leaves ftps_state to Azure, which allows FTP.
resource "azurerm_app_service" "classic" {
  name                = "acme-classic"
  resource_group_name = "rg"
  location            = "westeurope"
  app_service_plan_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config { # want "AZ-APP-003"
    always_on = true
  }
}
