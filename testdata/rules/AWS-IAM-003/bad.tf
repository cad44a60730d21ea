resource "aws_iam_account_password_policy" "weak" {
  minimum_password_length = 10 # want "AWS-IAM-003"
  require_symbols         = true
}
