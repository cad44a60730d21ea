variable "keys" {
  type = map(object({ rotate = bool }))
}

resource "aws_kms_key" "k" {
  for_each            = var.keys
  description         = each.key
  enable_key_rotation = each.value.rotate
}
