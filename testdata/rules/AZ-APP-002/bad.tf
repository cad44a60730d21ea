resource "azurerm_linux_web_app" "legacy" {
  name                = "acme-web-legacy"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    minimum_tls_version = "1.0" # want "AZ-APP-002"
  }
}

# The older resource names the setting min_tls_version.
resource "azurerm_app_service" "classic" {
  name                = "acme-classic"
  resource_group_name = "rg"
  location            = "westeurope"
  app_service_plan_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    min_tls_version = "1.1" # want "AZ-APP-002"
  }
}
