output "resource_group_name" {
  description = "Name of the workload's resource group."
  value       = azurerm_resource_group.main.name
}

output "subnet_ids" {
  description = "Subnet IDs by name."
  value       = { for name, s in azurerm_subnet.main : name => s.id }
}

output "storage_account_ids" {
  description = "IDs of the storage accounts, in the order of var.storage_accounts."
  value       = module.storage[*].id
}

output "key_vault_uri" {
  description = "URI of the workload's key vault."
  value       = azurerm_key_vault.main.vault_uri
}
