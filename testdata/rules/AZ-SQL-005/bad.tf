resource "azurerm_mssql_server" "sqlauth" { # want "AZ-SQL-005"
  name                          = "acme-sql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = "not-a-real-password-1!"
  public_network_access_enabled = false
}
