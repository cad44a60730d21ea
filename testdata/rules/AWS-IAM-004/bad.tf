resource "aws_iam_account_password_policy" "weak" {
  minimum_password_length   = 14
  password_reuse_prevention = 5 # want "AWS-IAM-004"
}
