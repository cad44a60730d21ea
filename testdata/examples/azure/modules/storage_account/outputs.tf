output "id" {
  description = "ID of the storage account."
  value       = azurerm_storage_account.this.id
}

output "primary_blob_endpoint" {
  description = "Blob service endpoint of the account."
  value       = azurerm_storage_account.this.primary_blob_endpoint
}
