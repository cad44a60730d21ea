data "azurerm_subscription" "primary" {}

resource "azurerm_role_definition" "ops" {
  name  = "acme-operators"
  scope = data.azurerm_subscription.primary.id

  permissions {
    actions = ["*"] # want "AZ-IAM-002"
  }
}
