resource "azurerm_storage_account" "public" {
  name                            = "acmepublic"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = true # want "AZ-STO-003"
}
