variable "name" {
  description = "Prefix of every resource name."
  type        = string
}

variable "cidr_block" {
  description = "CIDR block of the VPC."
  type        = string
}

variable "availability_zones" {
  description = "One public and one private subnet is created in each zone."
  type        = list(string)
}

variable "admin_cidrs" {
  description = "Networks allowed to reach the admin security group over SSH."
  type        = list(string)
  default     = []
}

variable "app_port" {
  description = "Port the application servers listen on behind the load balancer."
  type        = number
  default     = 8080
}
