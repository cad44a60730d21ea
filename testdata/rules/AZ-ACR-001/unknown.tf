variable "admin_user" {
  type = bool
}

resource "azurerm_container_registry" "images" {
  name                = "acmeimages"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Premium"
  admin_enabled       = var.admin_user # want "AZ-ACR-001"
}
