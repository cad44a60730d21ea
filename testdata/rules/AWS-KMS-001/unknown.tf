variable "rotate" {}

resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = var.rotate # want "AWS-KMS-001"
}
