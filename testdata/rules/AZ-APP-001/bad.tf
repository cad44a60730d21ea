# https_only defaults to false.
resource "azurerm_linux_web_app" "default" { # want "AZ-APP-001"
  name                = "acme-web-default"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}

resource "azurerm_windows_function_app" "explicit" {
  name                       = "acme-fn-explicit"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "acmefn"
  storage_account_access_key = "bm90LWEta2V5"
  https_only                 = false # want "AZ-APP-001"

  site_config {}
}
