variable "https_only" {
  type = bool
}

resource "azurerm_windows_web_app" "main" {
  name                = "acme-web"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = var.https_only # want "AZ-APP-001"

  site_config {}
}
