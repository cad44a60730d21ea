resource "azurerm_managed_disk" "data" {
  name                          = "app-data"
  location                      = "westeurope"
  resource_group_name           = "rg"
  storage_account_type          = "Premium_LRS"
  create_option                 = "Empty"
  disk_size_gb                  = 256
  public_network_access_enabled = false
}

resource "azurerm_disk_access" "private" {
  name                = "disk-access"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_managed_disk" "logs" {
  name                  = "app-logs"
  location              = "westeurope"
  resource_group_name   = "rg"
  storage_account_type  = "StandardSSD_LRS"
  create_option         = "Empty"
  disk_size_gb          = 64
  network_access_policy = "AllowPrivate"
  disk_access_id        = azurerm_disk_access.private.id
}
