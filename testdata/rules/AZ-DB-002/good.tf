resource "azurerm_postgresql_flexible_server" "private" {
  name                          = "acme-pg-private"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "B_Standard_B1ms"
  administrator_login           = "pgadmin"
  administrator_password        = "not-a-real-password-1!"
  public_network_access_enabled = false
}

resource "azurerm_subnet" "db" {
  name                 = "db"
  resource_group_name  = "rg"
  virtual_network_name = "acme-vnet"
  address_prefixes     = ["10.0.2.0/24"]
}

# Integrated into a virtual network: no public endpoint.
resource "azurerm_mysql_flexible_server" "vnet" {
  name                   = "acme-mysql"
  resource_group_name    = "rg"
  location               = "westeurope"
  sku_name               = "GP_Standard_D2ds_v4"
  administrator_login    = "mysqladmin"
  administrator_password = "not-a-real-password-1!"
  delegated_subnet_id    = azurerm_subnet.db.id
  private_dns_zone_id    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/privateDnsZones/acme.mysql.database.azure.com"
}

resource "azurerm_postgresql_server" "legacy" {
  name                          = "acme-pg-legacy"
  resource_group_name           = "rg"
  location                      = "westeurope"
  sku_name                      = "GP_Gen5_2"
  version                       = "11"
  ssl_enforcement_enabled       = true
  public_network_access_enabled = false
}
