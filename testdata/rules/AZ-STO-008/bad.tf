resource "azurerm_storage_account" "none" { # want "AZ-STO-008"
  name                     = "acmenone"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "versioned" {
  name                     = "acmeversioned"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  blob_properties { # want "AZ-STO-008"
    versioning_enabled = true
  }
}

resource "azurerm_storage_account" "short" {
  name                     = "acmeshort"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  blob_properties {
    delete_retention_policy {
      days = 1 # want "AZ-STO-008"
    }
  }
}
