resource "azurerm_storage_account" "explicit" {
  name                             = "acmeexplicit"
  resource_group_name              = "rg"
  location                         = "westeurope"
  account_tier                     = "Standard"
  account_replication_type         = "GRS"
  cross_tenant_replication_enabled = false
}

# The default changed across provider versions: absent is not reported.
resource "azurerm_storage_account" "default" {
  name                     = "acmedefault"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
