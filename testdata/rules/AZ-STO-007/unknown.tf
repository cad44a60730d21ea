variable "double_encryption" {
  type = bool
}

resource "azurerm_storage_account" "data" {
  name                              = "acmedata"
  resource_group_name               = "rg"
  location                          = "westeurope"
  account_tier                      = "Standard"
  account_replication_type          = "LRS"
  infrastructure_encryption_enabled = var.double_encryption # want "AZ-STO-007"
}
