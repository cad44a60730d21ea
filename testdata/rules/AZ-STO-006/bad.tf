resource "azurerm_storage_account" "replica" {
  name                             = "acmereplica"
  resource_group_name              = "rg"
  location                         = "westeurope"
  account_tier                     = "Standard"
  account_replication_type         = "GRS"
  cross_tenant_replication_enabled = true # want "AZ-STO-006"
}
