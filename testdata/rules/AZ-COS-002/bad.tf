# local_authentication_disabled defaults to false.
resource "azurerm_cosmosdb_account" "default" { # want "AZ-COS-002"
  name                          = "acme-cosmos-default"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  public_network_access_enabled = false

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
  kind                          = "GlobalDocumentDB"
  public_network_access_enabled = false
  local_authentication_disabled = false # want "AZ-COS-002"

  capabilities {
    name = "EnableServerless"
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
