resource "azurerm_container_registry" "images" {
  name                   = "acmeimages"
  resource_group_name    = "rg"
  location               = "westeurope"
  sku                    = "Premium"
  anonymous_pull_enabled = true # want "AZ-ACR-002"
}
