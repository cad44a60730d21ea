variable "network_policy" {
  type = string
}

resource "azurerm_kubernetes_cluster" "prod" {
  name                = "acme-prod"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme-prod"

  network_profile {
    network_plugin = "azure"
    network_policy = var.network_policy # want "AZ-AKS-004"
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
