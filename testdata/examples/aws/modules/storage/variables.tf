variable "name_prefix" {
  description = "Prefix of every bucket name."
  type        = string
}

variable "buckets" {
  description = "Buckets to create, by purpose. acl = null leaves the ACL unset (bucket owner enforced)."
  type = map(object({
    versioning = bool
    public     = bool
    acl        = optional(string)
  }))
}

variable "kms_key_arn" {
  description = "KMS key that encrypts every bucket."
  type        = string
}

variable "log_retention_days" {
  description = "Days to keep S3 access logs and CloudTrail logs."
  type        = number
  default     = 365
}
