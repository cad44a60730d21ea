resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_access_key" "ci" { # want "AWS-IAM-007"
  user = aws_iam_user.ci.name
}

resource "aws_iam_access_key" "ci_next" {
  user   = aws_iam_user.ci.name
  status = "Active" # want "AWS-IAM-007"
}
