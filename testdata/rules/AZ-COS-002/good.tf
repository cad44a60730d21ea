resource "azurerm_cosmosdb_account" "entra" {
  name                          = "acme-cosmos"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  public_network_access_enabled = false
  local_authentication_disabled = true

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

# The MongoDB API still relies on keys.
resource "azurerm_cosmosdb_account" "mongo" {
  name                          = "acme-cosmos-mongo"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  kind                          = "MongoDB"
  public_network_access_enabled = false

  capabilities {
    name = "EnableMongo"
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
