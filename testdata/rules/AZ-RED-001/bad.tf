resource "azurerm_redis_cache" "v4" {
  name                 = "acme-cache"
  location             = "westeurope"
  resource_group_name  = "rg"
  capacity             = 1
  family               = "C"
  sku_name             = "Standard"
  non_ssl_port_enabled = true  # want "AZ-RED-001"
  minimum_tls_version  = "1.0" # want "AZ-RED-001"
}

# azurerm v3 name.
resource "azurerm_redis_cache" "v3" {
  name                = "acme-cache-v3"
  location            = "westeurope"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  enable_non_ssl_port = true # want "AZ-RED-001"
}
