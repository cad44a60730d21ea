resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_policy" "alice" { # want "AWS-IAM-006"
  name = "read-reports"
  user = aws_iam_user.alice.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-reports/*" }]
  })
}

resource "aws_iam_user_policy_attachment" "alice" { # want "AWS-IAM-006"
  user       = aws_iam_user.alice.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "billing" {
  name       = "billing"
  users      = [aws_iam_user.alice.name] # want "AWS-IAM-006"
  policy_arn = "arn:aws:iam::aws:policy/job-function/Billing"
}
