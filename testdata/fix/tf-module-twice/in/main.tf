module "a" {
  source = "./kms"
}

module "b" {
  source = "./kms"
}
