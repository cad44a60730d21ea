resource "aws_kms_key" "default" { # want "AWS-KMS-001"
  description = "data"
}

resource "aws_kms_key" "off" {
  description         = "off"
  enable_key_rotation = false # want "AWS-KMS-001"
}
