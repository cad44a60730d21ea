resource "azurerm_mssql_server" "legacy" {
  name                          = "acme-sql-legacy"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  minimum_tls_version           = "1.1" # want "AZ-SQL-003"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "dba-group"
    object_id                   = "00000000-0000-0000-0000-000000000001"
    azuread_authentication_only = true
  }
}

resource "azurerm_mssql_server" "none" {
  name                          = "acme-sql-none"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  minimum_tls_version           = "Disabled" # want "AZ-SQL-003"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "dba-group"
    object_id                   = "00000000-0000-0000-0000-000000000001"
    azuread_authentication_only = true
  }
}
