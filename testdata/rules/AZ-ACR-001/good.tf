# admin_enabled defaults to false.
resource "azurerm_container_registry" "images" {
  name                = "acmeimages"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Premium"
}

resource "azurerm_container_registry" "tools" {
  name                = "acmetools"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Premium"
  admin_enabled       = false
}
