variable "key_status" {
  type = string
}

resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_access_key" "ci" {
  user   = aws_iam_user.ci.name
  status = var.key_status # want "AWS-IAM-007"
}
