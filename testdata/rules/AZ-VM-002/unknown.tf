variable "disk_public_access" {
  type = bool
}

resource "azurerm_managed_disk" "data" {
  name                          = "app-data"
  location                      = "westeurope"
  resource_group_name           = "rg"
  storage_account_type          = "Premium_LRS"
  create_option                 = "Empty"
  disk_size_gb                  = 256
  public_network_access_enabled = var.disk_public_access # want "AZ-VM-002"
}
