resource "azurerm_storage_account" "private" {
  name                            = "acmeprivate"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = false
}

# The default differs across provider versions: absent is not reported.
resource "azurerm_storage_account" "default" {
  name                     = "acmedefault"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
