data "azurerm_subscription" "current" {}

resource "azurerm_role_assignment" "deployer" {
  scope                = data.azurerm_subscription.current.id # want "AZ-IAM-001"
  role_definition_name = "Owner"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}
