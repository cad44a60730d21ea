variable "tls" {}

resource "azurerm_storage_account" "data" {
  name                     = "acmedata"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = var.tls # want "AZ-STO-002"
}
