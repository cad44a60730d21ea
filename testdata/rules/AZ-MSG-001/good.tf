# minimum_tls_version defaults to 1.2.
resource "azurerm_eventhub_namespace" "telemetry" {
  name                = "acme-telemetry"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
}

resource "azurerm_servicebus_namespace" "orders" {
  name                = "acme-orders"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  minimum_tls_version = "1.2"
}
