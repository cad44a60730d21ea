variable "location" {
  description = "Azure region of every resource."
  type        = string
  default     = "westeurope"
}

variable "environment" {
  description = "Deployment environment: dev, staging or prod."
  type        = string
}

variable "workload" {
  description = "Short workload name used in resource names."
  type        = string
  default     = "billing"
}

variable "address_space" {
  description = "Address space of the virtual network."
  type        = string
  default     = "10.60.0.0/16"
}

variable "subnets" {
  description = "Subnets by name, with their index inside the address space (a /24 each)."
  type        = map(number)
  default = {
    web  = 1
    app  = 2
    data = 3
  }
}

variable "storage_accounts" {
  description = "Storage accounts of the workload. Settings left out take the secure default."
  type = list(object({
    name                     = string
    replication_type         = optional(string, "ZRS")
    https_only               = optional(bool, true)
    min_tls_version          = optional(string, "TLS1_2")
    allow_public_blob_access = optional(bool, false)
  }))
}

variable "tenant_id" {
  description = "Entra ID tenant of the key vault."
  type        = string
}

variable "admin_source_prefix" {
  description = "Network allowed to reach the app subnet over SSH for administration."
  type        = string
  default     = "10.200.0.0/24"
}
