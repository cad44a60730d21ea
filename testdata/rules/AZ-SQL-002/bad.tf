resource "azurerm_mssql_server" "main" {
  name                          = "acme-sql"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false
}

resource "azurerm_mssql_firewall_rule" "everyone" {
  name             = "everyone"
  server_id        = azurerm_mssql_server.main.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255" # want "AZ-SQL-002"
}

# The legacy resource of azurerm v2/v3.
resource "azurerm_sql_firewall_rule" "legacy" {
  name                = "legacy"
  resource_group_name = "rg"
  server_name         = "acme-sql-legacy"
  start_ip_address    = "0.0.0.0"
  end_ip_address      = "255.255.255.255" # want "AZ-SQL-002"
}
