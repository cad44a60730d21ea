resource "azurerm_storage_account" "data" {
  name                     = "acmedata"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# container_access_type defaults to private.
resource "azurerm_storage_container" "default" {
  name               = "default"
  storage_account_id = azurerm_storage_account.data.id
}

resource "azurerm_storage_container" "private" {
  name                  = "private"
  storage_account_id    = azurerm_storage_account.data.id
  container_access_type = "private"
}

# The account forbids public access, so the container cannot be public.
resource "azurerm_storage_account" "locked" {
  name                            = "acmelocked"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = false
}

resource "azurerm_storage_container" "legacy" {
  name                  = "legacy"
  storage_account_id    = azurerm_storage_account.locked.id
  container_access_type = "blob"
}
