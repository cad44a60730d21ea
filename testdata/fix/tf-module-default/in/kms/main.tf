variable "rotate" {
  type    = bool
  default = false
}

resource "aws_kms_key" "k" {
  enable_key_rotation = var.rotate
}
