resource "azurerm_postgresql_flexible_server" "main" {
  name                          = "acme-pg"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "B_Standard_B1ms"
  administrator_login           = "pgadmin"
  administrator_password        = "not-a-real-password-1!"
  public_network_access_enabled = false
}

# require_secure_transport is on by default; other parameters do not matter.
resource "azurerm_postgresql_flexible_server_configuration" "log_connections" {
  name      = "log_connections"
  server_id = azurerm_postgresql_flexible_server.main.id
  value     = "on"
}

resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name                = "tls_version"
  resource_group_name = "rg"
  server_name         = "acme-mysql"
  value               = "TLSv1.2,TLSv1.3"
}

resource "azurerm_postgresql_server" "legacy" {
  name                             = "acme-pg-legacy"
  resource_group_name              = "rg"
  location                         = "westeurope"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
  public_network_access_enabled    = false
}
