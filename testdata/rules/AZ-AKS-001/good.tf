# role_based_access_control_enabled defaults to true.
resource "azurerm_kubernetes_cluster" "prod" {
  name                = "acme-prod"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme-prod"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "dev" {
  name                = "acme-dev"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme-dev"

  role_based_access_control_enabled = true

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
