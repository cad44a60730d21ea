resource "azurerm_role_definition" "ops" {
  name        = "acme-operators"
  scope       = "/subscriptions/00000000-0000-0000-0000-000000000000"
  description = "Everything the operators need"

  permissions {
    actions     = ["*"] # want "AZ-IAM-002"
    not_actions = ["Microsoft.Authorization/*/Delete"]
  }
}
