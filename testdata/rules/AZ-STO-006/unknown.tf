variable "cross_tenant" {
  type = bool
}

resource "azurerm_storage_account" "data" {
  name                             = "acmedata"
  resource_group_name              = "rg"
  location                         = "westeurope"
  account_tier                     = "Standard"
  account_replication_type         = "GRS"
  cross_tenant_replication_enabled = var.cross_tenant # want "AZ-STO-006"
}
