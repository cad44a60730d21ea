resource "azurerm_storage_account" "inline" {
  name                     = "acmeinline"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    default_action = "Deny"
    ip_rules       = ["203.0.113.10"]
    bypass         = ["AzureServices"]
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
  default_action     = "Deny"
  ip_rules           = ["203.0.113.10"]
}

# No public endpoint at all.
resource "azurerm_storage_account" "private" {
  name                          = "acmeprivate"
  resource_group_name           = "rg"
  location                      = "westeurope"
  account_tier                  = "Standard"
  account_replication_type      = "LRS"
  public_network_access_enabled = false
}
