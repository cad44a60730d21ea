resource "azurerm_storage_account" "double" {
  name                              = "acmedouble"
  resource_group_name               = "rg"
  location                          = "westeurope"
  account_tier                      = "Standard"
  account_replication_type          = "LRS"
  infrastructure_encryption_enabled = true
}

# Legacy general-purpose v1 accounts cannot have infrastructure encryption.
resource "azurerm_storage_account" "legacy" {
  name                     = "acmelegacy"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_kind             = "Storage"
  account_replication_type = "LRS"
}
