resource "azurerm_storage_account" "data" {
  name                     = "acmedata"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# azurerm v4: linked by storage_account_id.
resource "azurerm_storage_container" "images" {
  name                  = "images"
  storage_account_id    = azurerm_storage_account.data.id
  container_access_type = "blob" # want "AZ-STO-004"
}

# azurerm v3: linked by storage_account_name.
resource "azurerm_storage_container" "exports" {
  name                  = "exports"
  storage_account_name  = azurerm_storage_account.data.name
  container_access_type = "container" # want "AZ-STO-004"
}
