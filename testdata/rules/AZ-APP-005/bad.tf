resource "azurerm_linux_web_app" "shop" { # want "AZ-APP-005"
  name                = "acme-shop"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {}

  app_settings = {
    "DB_CONNECTION" = "Server=tcp:acme.database.windows.net;Database=shop;User ID=shop;Password=${var.db_password}"
  }
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "example-only"
}
