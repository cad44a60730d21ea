resource "azurerm_role_assignment" "deployer" {
  scope                = "/subscriptions/00000000-0000-0000-0000-000000000000" # want "AZ-IAM-001"
  role_definition_name = "Owner"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

resource "azurerm_role_assignment" "platform" {
  scope              = "/providers/Microsoft.Management/managementGroups/acme-platform" # want "AZ-IAM-001"
  role_definition_id = "/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635"
  principal_id       = "22222222-2222-2222-2222-222222222222"
}
