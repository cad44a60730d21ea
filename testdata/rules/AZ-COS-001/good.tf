resource "azurerm_cosmosdb_account" "private" {
  name                          = "acme-cosmos-private"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  local_authentication_disabled = true
  public_network_access_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "filtered" {
  name                          = "acme-cosmos-filtered"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  local_authentication_disabled = true
  ip_range_filter               = ["203.0.113.0/24"]

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "vnet" {
  name                              = "acme-cosmos-vnet"
  location                          = "westeurope"
  resource_group_name               = "rg"
  offer_type                        = "Standard"
  local_authentication_disabled     = true
  is_virtual_network_filter_enabled = true

  virtual_network_rule {
    id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/acme-vnet/subnets/app"
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
