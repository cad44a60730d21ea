variable "min_tls" {
  type = string
}

resource "azurerm_servicebus_namespace" "orders" {
  name                = "acme-orders"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  minimum_tls_version = var.min_tls # want "AZ-MSG-001"
}
