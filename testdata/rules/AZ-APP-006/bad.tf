resource "azurerm_linux_web_app" "shop" { # want "AZ-APP-006"
  name                = "acme-shop"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}
}

resource "azurerm_private_endpoint" "shop" {
  name                = "acme-shop-pe"
  resource_group_name = "rg"
  location            = "westeurope"
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/endpoints"

  private_service_connection {
    name                           = "sites"
    private_connection_resource_id = azurerm_linux_web_app.shop.id
    subresource_names              = ["sites"]
    is_manual_connection           = false
  }
}
