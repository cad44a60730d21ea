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

resource "azurerm_postgresql_flexible_server_configuration" "plaintext" {
  name      = "require_secure_transport"
  server_id = azurerm_postgresql_flexible_server.main.id
  value     = "off" # want "AZ-DB-001"
}

resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name                = "tls_version"
  resource_group_name = "rg"
  server_name         = "acme-mysql"
  value               = "TLSv1,TLSv1.1,TLSv1.2" # want "AZ-DB-001"
}

# Single server (azurerm v3).
resource "azurerm_mysql_server" "legacy" {
  name                             = "acme-mysql-legacy"
  resource_group_name              = "rg"
  location                         = "westeurope"
  sku_name                         = "GP_Gen5_2"
  version                          = "8.0"
  ssl_enforcement_enabled          = false    # want "AZ-DB-001"
  ssl_minimal_tls_version_enforced = "TLS1_0" # want "AZ-DB-001"
  public_network_access_enabled    = false
}
