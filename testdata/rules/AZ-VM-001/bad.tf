resource "azurerm_linux_virtual_machine" "jump" {
  name                  = "jump-vm"
  resource_group_name   = "rg"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/jump"]

  admin_password                  = "Example-Only-1234!"
  disable_password_authentication = false # want "AZ-VM-001"

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

# The legacy resource requires the setting.
resource "azurerm_virtual_machine" "legacy" {
  name                  = "legacy-vm"
  location              = "westeurope"
  resource_group_name   = "rg"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/legacy"]
  vm_size               = "Standard_B2s"

  storage_os_disk {
    name              = "legacy-os"
    caching           = "ReadWrite"
    create_option     = "FromImage"
    managed_disk_type = "Premium_LRS"
  }

  os_profile {
    computer_name  = "legacy"
    admin_username = "azureuser"
    admin_password = "Example-Only-1234!"
  }

  os_profile_linux_config {
    disable_password_authentication = false # want "AZ-VM-001"
  }
}
