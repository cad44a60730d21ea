variable "public_access" {
  type = bool
}

resource "azurerm_mssql_server" "main" {
  name                          = "acme-sql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = var.public_access # want "AZ-SQL-001"

  azuread_administrator {
    login_username = "dba-group"
    object_id      = "00000000-0000-0000-0000-000000000001"
  }
}
