# site_config.minimum_tls_version defaults to 1.2.
resource "azurerm_linux_web_app" "default" {
  name                = "acme-web-default"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}
}

resource "azurerm_windows_web_app" "modern" {
  name                = "acme-web-modern"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    minimum_tls_version = "1.3"
  }
}
