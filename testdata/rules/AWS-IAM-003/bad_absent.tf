# Without minimum_password_length AWS accepts 6-character passwords.
resource "aws_iam_account_password_policy" "default_length" { # want "AWS-IAM-003"
  password_reuse_prevention = 24
  require_symbols           = true
}
