variable "name" {
  description = "Globally unique storage account name: 3-24 lowercase letters and digits."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]{3,24}$", var.name))
    error_message = "The storage account name must be 3-24 lowercase letters and digits."
  }
}

variable "resource_group_name" {
  description = "Resource group of the account."
  type        = string
}

variable "location" {
  description = "Azure region of the account."
  type        = string
}

variable "replication_type" {
  description = "Replication: LRS, ZRS, GRS, RAGRS, GZRS or RAGZRS."
  type        = string
  default     = "ZRS"
}

variable "https_only" {
  description = "Refuse plain-HTTP requests."
  type        = bool
  default     = true
}

variable "min_tls_version" {
  description = "Oldest TLS version the account accepts."
  type        = string
  default     = "TLS1_2"
}

variable "allow_public_blob_access" {
  description = "Allow containers to be made readable anonymously."
  type        = bool
  default     = false
}

variable "allowed_subnet_ids" {
  description = "Subnets allowed through the account's firewall."
  type        = list(string)
  default     = []
}

variable "tags" {
  description = "Tags of the account."
  type        = map(string)
  default     = {}
}
