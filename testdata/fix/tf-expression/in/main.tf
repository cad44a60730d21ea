variable "env" {
  default = "dev"
}

resource "aws_kms_key" "data" {
  enable_key_rotation = var.env == "prod" ? true : false
}
