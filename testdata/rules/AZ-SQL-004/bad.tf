resource "azurerm_mssql_server" "silent" { # want "AZ-SQL-004"
  name                          = "acme-sql-silent"
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

resource "azurerm_mssql_server" "short" {
  name                          = "acme-sql-short"
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

resource "azurerm_mssql_server_extended_auditing_policy" "short" {
  server_id         = azurerm_mssql_server.short.id
  storage_endpoint  = "https://acmeaudit.blob.core.windows.net/"
  retention_in_days = 30 # want "AZ-SQL-004"
}

resource "azurerm_mssql_server" "off" {
  name                          = "acme-sql-off"
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

resource "azurerm_mssql_server_extended_auditing_policy" "off" {
  server_id              = azurerm_mssql_server.off.id
  log_monitoring_enabled = true
  enabled                = false # want "AZ-SQL-004"
}
