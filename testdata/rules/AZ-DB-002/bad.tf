# Without a delegated subnet, public access is the default.
resource "azurerm_postgresql_flexible_server" "default" { # want "AZ-DB-002"
  name                   = "acme-pg-default"
  resource_group_name    = "rg"
  location               = "westeurope"
  version                = "16"
  sku_name               = "B_Standard_B1ms"
  administrator_login    = "pgadmin"
  administrator_password = "not-a-real-password-1!"
}

resource "azurerm_postgresql_flexible_server" "explicit" {
  name                          = "acme-pg-explicit"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "B_Standard_B1ms"
  administrator_login           = "pgadmin"
  administrator_password        = "not-a-real-password-1!"
  public_network_access_enabled = true # want "AZ-DB-002"
}

resource "azurerm_mysql_flexible_server" "explicit" {
  name                   = "acme-mysql"
  resource_group_name    = "rg"
  location               = "westeurope"
  sku_name               = "B_Standard_B1s"
  administrator_login    = "mysqladmin"
  administrator_password = "not-a-real-password-1!"
  public_network_access  = "Enabled" # want "AZ-DB-002"
}

# Single server (azurerm v3).
resource "azurerm_mysql_server" "legacy" { # want "AZ-DB-002"
  name                         = "acme-mysql-legacy"
  resource_group_name          = "rg"
  location                     = "westeurope"
  sku_name                     = "GP_Gen5_2"
  version                      = "8.0"
  administrator_login          = "mysqladmin"
  administrator_login_password = "not-a-real-password-1!"
  ssl_enforcement_enabled      = true
}
