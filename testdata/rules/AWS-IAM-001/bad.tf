resource "aws_iam_policy" "admin" {
  name = "admin"
  policy = jsonencode({ # want "AWS-IAM-001"
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }]
  })
}

resource "aws_iam_role_policy" "heredoc" {
  name   = "heredoc"
  role   = "app"
  # A heredoc opener cannot carry a comment, so the expectation is above it.
  # want+1 "AWS-IAM-001"
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": {
        "Effect": "Allow",
        "Action": ["s3:GetObject", "*"],
        "Resource": ["*"]
      }
    }
  EOT
}

data "aws_iam_policy_document" "admin" {
  statement {
    actions   = ["s3:ListBucket"]
    resources = ["arn:aws:s3:::acme"]
  }

  statement { # want "AWS-IAM-001"
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "from_document" {
  name   = "from-document"
  policy = data.aws_iam_policy_document.admin.json
}
