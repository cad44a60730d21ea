# module "a" takes the default, module "b" sets its own value: the
# default is used by module.a only, so that is where the fix goes.
module "a" {
  source = "./kms"
}

module "b" {
  source = "./kms"
  rotate = true
}
