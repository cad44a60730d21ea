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

# Allow with NotAction on "*" grants everything but IAM: nearly admin.
resource "aws_iam_user_policy" "not_action" {
  name = "not-action"
  user = "ci"
  policy = jsonencode({ # want "AWS-IAM-001"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = ["iam:*", "organizations:*"], Resource = "*" }]
  })
}

# "*:*" is a full wildcard; a Condition restricts who, not what.
resource "aws_iam_group_policy" "conditional" {
  name  = "conditional"
  group = "ops"
  policy = jsonencode({ # want "AWS-IAM-001"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "*:*"
      Resource  = "*"
      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
    }]
  })
}

resource "aws_iam_role" "inline" {
  name = "inline"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })

  inline_policy {
    name = "read"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }]
    })
  }

  inline_policy {
    name = "all-but-one-bucket"
    policy = jsonencode({ # want "AWS-IAM-001"
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "*", NotResource = "arn:aws:s3:::audit/*" }]
    })
  }
}

data "aws_iam_policy_document" "not_actions" {
  statement { # want "AWS-IAM-001"
    not_actions = ["iam:*"]
    resources   = ["*"]
  }
}

data "aws_iam_policy_document" "base" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::acme/*"]
  }
}

# The rendered document holds the statements of the documents it merges.
data "aws_iam_policy_document" "merged" {
  source_policy_documents   = [data.aws_iam_policy_document.base.json]
  override_policy_documents = [data.aws_iam_policy_document.not_actions.json] # want "AWS-IAM-001"
}

resource "aws_iam_role_policy" "merged" {
  name   = "merged"
  role   = "app"
  policy = data.aws_iam_policy_document.merged.json
}
