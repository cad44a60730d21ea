variable "client_end_ip" {
  type = string
}

resource "azurerm_mssql_firewall_rule" "client" {
  name             = "client"
  server_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Sql/servers/acme-sql"
  start_ip_address = "0.0.0.0"
  end_ip_address   = var.client_end_ip # want "AZ-SQL-002"
}
