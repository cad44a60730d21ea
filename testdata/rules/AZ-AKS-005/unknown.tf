variable "workspace_id" {
  type = string
}

resource "azurerm_kubernetes_cluster" "prod" {
  name                = "acme-prod"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme-prod"

  dynamic "oms_agent" { # want "AZ-AKS-005"
    for_each = var.workspace_id == null ? [] : [var.workspace_id]
    content {
      log_analytics_workspace_id = oms_agent.value
    }
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
