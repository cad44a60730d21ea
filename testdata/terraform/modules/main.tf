module "network" {
  source = "./modules/network"
  name   = var.name
  cidr   = "10.0.0.0/16"
}

module "buckets" {
  source   = "./modules/bucket"
  for_each = toset(["logs", "assets"])
  name     = "${var.name}-${each.key}"
  acl      = var.acl
  vpc_id   = module.network.vpc_id
}

module "counted" {
  source = "./modules/bucket"
  count  = 2
  name   = "counted-${count.index}"
  acl    = "private"
  vpc_id = module.network.subnet_cidrs[count.index]
}

module "off" {
  source = "./modules/bucket"
  count  = 0
  name   = "never"
  acl    = "public-read"
  vpc_id = "none"
}

resource "aws_flow_log" "vpc" {
  vpc_id     = module.network.vpc_id
  subnet_ids = module.network.subnet_ids
  name       = module.network.name
  first_cidr = module.network.subnet_cidrs[0]
  bucket     = module.buckets["logs"].bucket
}
