variable "cidr" {
  type = string
}

resource "aws_vpc" "v" {
  cidr_block = var.cidr
}

output "cidr" {
  value = var.cidr
}
