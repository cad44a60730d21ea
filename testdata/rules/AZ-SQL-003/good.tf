resource "azurerm_mssql_server" "explicit" {
  name                          = "acme-sql-explicit"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "dba-group"
    object_id                   = "00000000-0000-0000-0000-000000000001"
    azuread_authentication_only = true
  }
}

# minimum_tls_version defaults to "1.2".
resource "azurerm_mssql_server" "default" {
  name                          = "acme-sql-default"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "dba-group"
    object_id                   = "00000000-0000-0000-0000-000000000001"
    azuread_authentication_only = true
  }
}
