variable "cidr" {
  type = string
}

resource "aws_vpc" "this" {
  cidr_block = var.cidr
}

module "flow" {
  source = "./modules/flow"
  vpc_id = aws_vpc.this.id
}

module "nested_remote" {
  source = "cloudposse/label/null"
}

output "vpc_id" {
  value = aws_vpc.this.id
}
