# public_network_access_enabled defaults to true.
resource "azurerm_mssql_server" "default" { # want "AZ-SQL-001"
  name                         = "acme-sql-default"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password-1!"
}

resource "azurerm_mssql_server" "explicit" {
  name                          = "acme-sql-explicit"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = true # want "AZ-SQL-001"

  azuread_administrator {
    login_username = "dba-group"
    object_id      = "00000000-0000-0000-0000-000000000001"
  }
}
