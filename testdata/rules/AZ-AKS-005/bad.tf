resource "azurerm_kubernetes_cluster" "dev" { # want "AZ-AKS-005"
  name                = "acme-dev"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme-dev"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
