module "a" {
  source = "./kms"
  rotate = false
}

module "b" {
  source = "./kms"
  rotate = true
}
