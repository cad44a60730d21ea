variable "plain_port" {
  type = bool
}

resource "azurerm_redis_cache" "main" {
  name                 = "acme-cache"
  location             = "westeurope"
  resource_group_name  = "rg"
  capacity             = 1
  family               = "C"
  sku_name             = "Standard"
  non_ssl_port_enabled = var.plain_port # want "AZ-RED-001"
  minimum_tls_version  = "1.2"
}
