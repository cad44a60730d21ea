variable "soft_delete_days" {
  type = number
}

resource "azurerm_storage_account" "data" {
  name                     = "acmedata"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  blob_properties {
    delete_retention_policy {
      days = var.soft_delete_days # want "AZ-STO-008"
    }
  }
}
