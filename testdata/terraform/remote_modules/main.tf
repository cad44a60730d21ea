module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
  cidr    = "10.1.0.0/16"
}

module "unfetched" {
  source = "git::https://example.com/modules/thing.git?ref=v1"
  name   = "x"
}

resource "aws_security_group" "app" {
  vpc_id      = module.vpc.vpc_id
  description = module.unfetched.description
  name        = "app"
}
