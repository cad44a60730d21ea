variable "identity_type" {
  type = string
}

resource "azurerm_linux_web_app" "shop" {
  name                = "acme-shop"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {}

  dynamic "identity" { # want "AZ-APP-005"
    for_each = var.identity_type == "" ? [] : [var.identity_type]
    content {
      type = identity.value
    }
  }
}
