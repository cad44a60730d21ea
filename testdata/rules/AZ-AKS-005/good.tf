resource "azurerm_log_analytics_workspace" "aks" {
  name                = "acme-aks-logs"
  location            = "westeurope"
  resource_group_name = "rg"
  retention_in_days   = 90
}

resource "azurerm_kubernetes_cluster" "prod" {
  name                = "acme-prod"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme-prod"

  oms_agent {
    log_analytics_workspace_id = azurerm_log_analytics_workspace.aks.id
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
