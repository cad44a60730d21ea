variable "rotation" {
  type    = bool
  default = false
}

resource "aws_kms_key" "data" {
  enable_key_rotation = var.rotation
}

resource "aws_kms_key" "logs" {
  enable_key_rotation = var.rotation
}
