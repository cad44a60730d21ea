variable "audit_retention_days" {
  type = number
}

resource "azurerm_mssql_server" "main" {
  name                          = "acme-sql"
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

resource "azurerm_mssql_server_extended_auditing_policy" "main" {
  server_id         = azurerm_mssql_server.main.id
  storage_endpoint  = "https://acmeaudit.blob.core.windows.net/"
  retention_in_days = var.audit_retention_days # want "AZ-SQL-004"
}
