resource "azurerm_managed_disk" "data" { # want "AZ-VM-002"
  name                 = "app-data"
  location             = "westeurope"
  resource_group_name  = "rg"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
}

resource "azurerm_managed_disk" "logs" {
  name                          = "app-logs"
  location                      = "westeurope"
  resource_group_name           = "rg"
  storage_account_type          = "StandardSSD_LRS"
  create_option                 = "Empty"
  disk_size_gb                  = 64
  network_access_policy         = "AllowAll"
  public_network_access_enabled = true # want "AZ-VM-002"
}
