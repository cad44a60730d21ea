resource "azurerm_eventhub_namespace" "telemetry" {
  name                = "acme-telemetry"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  capacity            = 2
  minimum_tls_version = "1.0" # want "AZ-MSG-001"
}

resource "azurerm_servicebus_namespace" "orders" {
  name                = "acme-orders"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Premium"
  capacity            = 1
  minimum_tls_version = "1.1" # want "AZ-MSG-001"
}
