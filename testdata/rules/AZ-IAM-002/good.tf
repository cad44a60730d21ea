resource "azurerm_role_definition" "vm_operator" {
  name        = "acme-vm-operator"
  scope       = "/subscriptions/00000000-0000-0000-0000-000000000000"
  description = "Start and stop virtual machines"

  permissions {
    actions = [
      "Microsoft.Compute/virtualMachines/read",
      "Microsoft.Compute/virtualMachines/start/action",
      "Microsoft.Compute/virtualMachines/deallocate/action",
    ]
  }
}

# "*" limited to one resource group.
resource "azurerm_role_definition" "sandbox" {
  name              = "acme-sandbox-admin"
  scope             = "/subscriptions/00000000-0000-0000-0000-000000000000"
  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/sandbox"]

  permissions {
    actions = ["*"]
  }
}
