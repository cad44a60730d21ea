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

# Service wildcards are broad but not "all actions".
resource "aws_iam_policy" "service_wildcards" {
  name = "service-wildcards"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:*", "dynamodb:*"], Resource = "*" }]
  })
}

# NotAction on one bucket only, and a Deny with NotAction.
resource "aws_iam_role_policy" "not_action_scoped" {
  name = "not-action-scoped"
  role = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", NotAction = "s3:DeleteObject", Resource = "arn:aws:s3:::acme/*" },
      { Effect = "Deny", NotAction = "iam:Get*", Resource = "*" },
    ]
  })
}

resource "aws_iam_role" "inline_read" {
  name = "inline-read"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })

  inline_policy {
    name = "read"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "s3:*", NotResource = "arn:aws:s3:::audit/*" }]
    })
  }
}

data "aws_iam_policy_document" "guard" {
  statement {
    effect      = "Deny"
    not_actions = ["iam:Get*"]
    resources   = ["*"]
  }
}

# Merging safe documents of the configuration stays conclusive.
data "aws_iam_policy_document" "merged" {
  source_policy_documents   = [data.aws_iam_policy_document.scoped.json]
  override_policy_documents = [data.aws_iam_policy_document.guard.json]
}

resource "aws_iam_policy" "merged" {
  name   = "merged"
  policy = data.aws_iam_policy_document.merged.json
}

# An override statement with the same sid replaces the wildcard one in the
# rendered document.
data "aws_iam_policy_document" "narrowed" {
  statement {
    sid       = "Main"
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "replaced" {
  override_policy_documents = [data.aws_iam_policy_document.narrowed.json]

  statement {
    sid       = "Main"
    actions   = ["*"]
    resources = ["*"]
  }
}
