resource "azurerm_kubernetes_cluster" "prod" {
  name                = "acme-prod"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme-prod"

  local_account_disabled = true

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled     = true
    admin_group_object_ids = ["00000000-0000-0000-0000-000000000001"]
  }

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
