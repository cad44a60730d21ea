locals {
  rotate = false
  name   = "data"
}

resource "aws_kms_key" "data" {
  description         = local.name
  enable_key_rotation = local.rotate
}
