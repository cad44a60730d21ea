variable "password_reuse_prevention" {
  type = number
}

resource "aws_iam_account_password_policy" "this" {
  minimum_password_length   = 14
  password_reuse_prevention = var.password_reuse_prevention # want "AWS-IAM-004"
}
