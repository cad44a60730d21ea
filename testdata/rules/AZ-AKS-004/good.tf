resource "azurerm_kubernetes_cluster" "prod" {
  name                = "acme-prod"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme-prod"

  network_profile {
    network_plugin = "azure"
    network_policy = "azure"
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

resource "azurerm_kubernetes_cluster" "edge" {
  name                = "acme-edge"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme-edge"

  network_profile {
    network_plugin = "kubenet"
    network_policy = "calico"
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
