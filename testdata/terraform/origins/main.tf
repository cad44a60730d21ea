# Origins through iteration: for_each, count, dynamic blocks and module
# outputs, each followed to the element of the value that supplied it.

variable "buckets" {
  type = map(object({ acl = string, versioning = bool }))
}

variable "cidrs" {
  type    = list(string)
  default = ["10.0.0.0/16", "10.1.0.0/16"]
}

variable "rules" {
  default = [
    { port = 443, cidr = "10.0.0.0/8" },
    { port = 22, cidr = "0.0.0.0/0" },
  ]
}

resource "aws_s3_bucket" "b" {
  for_each = var.buckets
  bucket   = each.key
  acl      = each.value.acl

  versioning {
    enabled = each.value.versioning
  }
}

resource "aws_subnet" "s" {
  count      = length(var.cidrs)
  cidr_block = var.cidrs[count.index]
}

resource "aws_security_group" "web" {
  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = ingress.value.port
      cidr_blocks = [ingress.value.cidr]
    }
  }
}

module "net" {
  source   = "./modules/net"
  for_each = { main = "10.2.0.0/16" }
  cidr     = each.value
}

resource "aws_security_group" "from_module" {
  cidr = module.net["main"].cidr
}
