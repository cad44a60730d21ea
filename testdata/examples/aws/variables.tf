variable "region" {
  description = "AWS region for every resource of this stack."
  type        = string
  default     = "eu-west-1"
}

variable "environment" {
  description = "Deployment environment: dev, staging or prod."
  type        = string

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "The environment must be dev, staging or prod."
  }
}

variable "project" {
  description = "Short project name used in resource names."
  type        = string
  default     = "orders"
}

variable "vpc_cidr" {
  description = "CIDR block of the VPC; subnets are carved out of it."
  type        = string
  default     = "10.40.0.0/16"
}

variable "availability_zones" {
  description = "Availability zones to spread subnets over."
  type        = list(string)
  default     = ["eu-west-1a", "eu-west-1b"]
}

variable "admin_cidrs" {
  description = "Networks allowed to reach the admin hosts over SSH."
  type        = list(string)
}

variable "app_instance_count" {
  description = "Number of application servers."
  type        = number
  default     = 2
}

variable "app_instance_type" {
  description = "EC2 instance type of the application servers."
  type        = string
  default     = "t3.small"
}

variable "db_instance_class" {
  description = "RDS instance class."
  type        = string
  default     = "db.t3.medium"
}

variable "db_username" {
  description = "Master user name of the orders database."
  type        = string
  default     = "orders_admin"
}

variable "public_assets_acl" {
  description = "Canned ACL of the bucket that serves static assets."
  type        = string
  default     = "private"
}
