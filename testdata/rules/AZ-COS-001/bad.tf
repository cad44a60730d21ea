resource "azurerm_cosmosdb_account" "open" { # want "AZ-COS-001"
  name                          = "acme-cosmos-open"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  local_authentication_disabled = true

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "explicit" {
  name                          = "acme-cosmos-explicit"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  local_authentication_disabled = true
  public_network_access_enabled = true # want "AZ-COS-001"
  ip_range_filter               = []

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
