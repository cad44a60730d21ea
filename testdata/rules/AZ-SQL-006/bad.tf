resource "azurerm_mssql_database" "orders" {
  name                                = "orders"
  server_id                           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Sql/servers/acme-sql"
  sku_name                            = "S0"
  transparent_data_encryption_enabled = false # want "AZ-SQL-006"
}
