resource "azurerm_redis_cache" "explicit" {
  name                 = "acme-cache"
  location             = "westeurope"
  resource_group_name  = "rg"
  capacity             = 1
  family               = "C"
  sku_name             = "Standard"
  non_ssl_port_enabled = false
  minimum_tls_version  = "1.2"
}

# The non-TLS port is closed by default.
resource "azurerm_redis_cache" "default" {
  name                = "acme-cache-default"
  location            = "westeurope"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}
