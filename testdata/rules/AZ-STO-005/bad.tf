# No network rules: Azure allows every network.
resource "azurerm_storage_account" "open" { # want "AZ-STO-005"
  name                     = "acmeopen"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "inline" {
  name                     = "acmeinline"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    default_action = "Allow" # want "AZ-STO-005"
    ip_rules       = ["203.0.113.10"]
  }
}

resource "azurerm_storage_account" "split" {
  name                     = "acmesplit"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account_network_rules" "split" {
  storage_account_id = azurerm_storage_account.split.id
  default_action     = "Allow" # want "AZ-STO-005"
}
