variable "public_access" {
  type = bool
}

resource "azurerm_cosmosdb_account" "main" {
  name                          = "acme-cosmos"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  local_authentication_disabled = true
  public_network_access_enabled = var.public_access # want "AZ-COS-001"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
