data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "deny" {
  name                     = "acme-deny-kv"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = data.azurerm_client_config.current.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  network_acls {
    bypass         = "AzureServices"
    default_action = "Deny"
    ip_rules       = ["203.0.113.0/24"]
  }
}

# No public endpoint: the network ACLs do not matter.
resource "azurerm_key_vault" "private" {
  name                          = "acme-private-kv"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = false
}
