variable "key_policy" {
  type = string
}

resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
  policy              = var.key_policy # want "AWS-KMS-002"
}
