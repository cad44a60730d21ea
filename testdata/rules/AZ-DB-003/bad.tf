resource "azurerm_postgresql_flexible_server_configuration" "connections" {
  name      = "log_connections"
  server_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  value     = "off" # want "AZ-DB-003"
}

resource "azurerm_postgresql_flexible_server_configuration" "throttle" {
  name      = "connection_throttle.enable"
  server_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  value     = "off" # want "AZ-DB-003"
}

# Single server (azurerm v3).
resource "azurerm_postgresql_configuration" "checkpoints" {
  name                = "log_checkpoints"
  resource_group_name = "rg"
  server_name         = "acme-pg-legacy"
  value               = "off" # want "AZ-DB-003"
}
