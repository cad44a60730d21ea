variable "project_id" {
  description = "Project that holds every resource."
  type        = string
}

variable "region" {
  description = "Region of the regional resources."
  type        = string
  default     = "europe-west1"
}

variable "environment" {
  description = "Deployment environment: dev, staging or prod."
  type        = string
}

variable "subnets" {
  description = "Subnets by name, with their index inside 10.40.0.0/16 (a /20 each) and whether they log flows."
  type = map(object({
    index     = number
    flow_logs = optional(bool, true)
  }))
}

variable "admin_ranges" {
  description = "Source ranges allowed to reach the bastion over SSH."
  type        = list(string)
}

variable "public_assets" {
  description = "Whether anyone on the internet may read the assets bucket."
  type        = bool
  default     = false
}

variable "db_tier" {
  description = "Machine tier of the Cloud SQL instance."
  type        = string
  default     = "db-custom-2-7680"
}

variable "db_backups" {
  description = "Whether Cloud SQL takes automated backups."
  type        = bool
  default     = true
}
