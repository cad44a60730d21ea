environment = "prod"
tenant_id   = "00000000-0000-0000-0000-000000000000"

storage_accounts = [
  {
    name = "stbillingprodinvoices"
  },
  {
    # misconfiguration: legacy clients need plain HTTP and TLS 1.0 (caught on module.storage[1].azurerm_storage_account.this)
    name            = "stbillingprodlegacy"
    https_only      = false
    min_tls_version = "TLS1_0"
  },
  {
    # misconfiguration: anonymous read access to blobs (caught on module.storage[2].azurerm_storage_account.this)
    name                     = "stbillingprodpublic"
    replication_type         = "LRS"
    allow_public_blob_access = true
  },
]
