module "r" {
  source  = "acme/kms/aws"
  version = "1.0.0"
}
