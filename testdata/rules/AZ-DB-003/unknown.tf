variable "log_connections" {
  type = string
}

resource "azurerm_postgresql_flexible_server_configuration" "connections" {
  name      = "log_connections"
  server_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  value     = var.log_connections # want "AZ-DB-003"
}
