resource "aws_iam_policy" "read" {
  name = "read"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:ListBucket"]
        Resource = ["arn:aws:s3:::acme", "arn:aws:s3:::acme/*"]
      },
      {
        # A Deny with wildcards is a guard rail, not a grant.
        Effect   = "Deny"
        Action   = "*"
        Resource = "*"
        Condition = {
          Bool = { "aws:SecureTransport" = "false" }
        }
      },
      {
        # Wildcard resource, but only describe actions.
        Effect   = "Allow"
        Action   = "ec2:Describe*"
        Resource = "*"
      },
    ]
  })
}

data "aws_iam_policy_document" "deny_all" {
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "scoped" {
  statement {
    actions   = ["*"]
    resources = ["arn:aws:s3:::acme/*"]
  }
}

resource "aws_iam_policy" "scoped" {
  name   = "scoped"
  policy = data.aws_iam_policy_document.scoped.json
}

resource "aws_s3_bucket" "reports" {
  bucket = "reports"
}

# Specific actions on computed ARNs: the unknown ARNs cannot make this a
# "*" on "*" policy, so it passes without being inconclusive.
resource "aws_iam_policy" "read_reports" {
  name = "read-reports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:ListBucket"]
      Resource = [aws_s3_bucket.reports.arn, "${aws_s3_bucket.reports.arn}/*"]
    }]
  })
}
