variable "anonymous_pull" {
  type = bool
}

resource "azurerm_container_registry" "images" {
  name                   = "acmeimages"
  resource_group_name    = "rg"
  location               = "westeurope"
  sku                    = "Premium"
  anonymous_pull_enabled = var.anonymous_pull # want "AZ-ACR-002"
}
