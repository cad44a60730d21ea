variable "disable_keys" {
  type = bool
}

resource "azurerm_cosmosdb_account" "main" {
  name                          = "acme-cosmos"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  public_network_access_enabled = false
  local_authentication_disabled = var.disable_keys # want "AZ-COS-002"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
