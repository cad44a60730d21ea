# Owner of one resource group only.
resource "azurerm_role_assignment" "app_team" {
  scope                = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/app"
  role_definition_name = "Owner"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# A read-only role on the subscription.
resource "azurerm_role_assignment" "auditors" {
  scope                = "/subscriptions/00000000-0000-0000-0000-000000000000"
  role_definition_name = "Reader"
  principal_id         = "22222222-2222-2222-2222-222222222222"
}
