# infrastructure_encryption_enabled defaults to false.
resource "azurerm_storage_account" "default" { # want "AZ-STO-007"
  name                     = "acmedefault"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "files" {
  name                              = "acmefiles"
  resource_group_name               = "rg"
  location                          = "westeurope"
  account_tier                      = "Premium"
  account_kind                      = "FileStorage"
  account_replication_type          = "LRS"
  infrastructure_encryption_enabled = false # want "AZ-STO-007"
}
