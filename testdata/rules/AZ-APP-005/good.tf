resource "azurerm_linux_web_app" "shop" {
  name                = "acme-shop"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {}

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_user_assigned_identity" "jobs" {
  name                = "acme-jobs"
  resource_group_name = "rg"
  location            = "westeurope"
}

resource "azurerm_windows_function_app" "jobs" {
  name                          = "acme-jobs"
  resource_group_name           = "rg"
  location                      = "westeurope"
  service_plan_id               = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name          = "acmejobs"
  storage_uses_managed_identity = true

  site_config {}

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.jobs.id]
  }
}
