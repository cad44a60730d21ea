variable "name" {
  type = string
}

variable "cidr" {
  type = string
}

resource "aws_vpc" "this" {
  cidr_block = var.cidr
  tags = {
    Name = var.name
  }
}

module "subnet" {
  source = "./subnet"
  count  = 2
  vpc_id = aws_vpc.this.id
  cidr   = "10.0.${count.index}.0/24"
  name   = var.name
}

output "vpc_id" {
  value = aws_vpc.this.id
}

output "name" {
  value = var.name
}

output "subnet_ids" {
  value = module.subnet[*].id
}

output "subnet_cidrs" {
  value = module.subnet[*].cidr
}
