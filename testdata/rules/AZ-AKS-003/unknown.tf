variable "admin_ranges" {
  type = list(string)
}

resource "azurerm_kubernetes_cluster" "prod" {
  name                = "acme-prod"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme-prod"

  api_server_access_profile {
    authorized_ip_ranges = var.admin_ranges # want "AZ-AKS-003"
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
