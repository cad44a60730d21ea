variable "public_access" {
  type = bool
}

resource "azurerm_postgresql_flexible_server" "main" {
  name                          = "acme-pg"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "B_Standard_B1ms"
  administrator_login           = "pgadmin"
  administrator_password        = "not-a-real-password-1!"
  public_network_access_enabled = var.public_access # want "AZ-DB-002"
}
