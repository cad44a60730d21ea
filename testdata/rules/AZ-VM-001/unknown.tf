variable "allow_passwords" {
  type = bool
}

resource "azurerm_linux_virtual_machine" "jump" {
  name                  = "jump-vm"
  resource_group_name   = "rg"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/jump"]

  admin_password                  = "Example-Only-1234!"
  disable_password_authentication = !var.allow_passwords # want "AZ-VM-001"

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}
