# Without password_reuse_prevention any earlier password may be reused.
resource "aws_iam_account_password_policy" "no_reuse_rule" { # want "AWS-IAM-004"
  minimum_password_length = 14
  require_symbols         = true
}
