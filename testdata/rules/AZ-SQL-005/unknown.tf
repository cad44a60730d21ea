variable "sql_admins" {
  type = list(object({ login = string, object_id = string }))
}

resource "azurerm_mssql_server" "main" { # want "AZ-SQL-005"
  name                          = "acme-sql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false

  dynamic "azuread_administrator" {
    for_each = var.sql_admins
    content {
      login_username = azuread_administrator.value.login
      object_id      = azuread_administrator.value.object_id
    }
  }
}
