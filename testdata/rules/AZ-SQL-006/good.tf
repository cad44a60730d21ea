# transparent_data_encryption_enabled defaults to true.
resource "azurerm_mssql_database" "default" {
  name      = "default"
  server_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Sql/servers/acme-sql"
  sku_name  = "S0"
}

resource "azurerm_mssql_database" "explicit" {
  name                                = "explicit"
  server_id                           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Sql/servers/acme-sql"
  sku_name                            = "S0"
  transparent_data_encryption_enabled = true
}
