variable "secure_transport" {
  type = string
}

resource "azurerm_postgresql_flexible_server_configuration" "transport" {
  name      = "require_secure_transport"
  server_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  value     = var.secure_transport # want "AZ-DB-001"
}
