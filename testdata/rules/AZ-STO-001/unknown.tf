variable "https_only" {}

resource "azurerm_storage_account" "data" {
  name                       = "acmedata"
  resource_group_name        = "rg"
  location                   = "westeurope"
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = var.https_only # want "AZ-STO-001"
}
