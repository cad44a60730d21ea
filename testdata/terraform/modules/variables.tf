variable "name" {
  default = "corp"
}

variable "acl" {
  type    = string
  default = "private"
}
