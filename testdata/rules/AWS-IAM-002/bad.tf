resource "aws_iam_role" "anyone" {
  name = "anyone"
  assume_role_policy = jsonencode({ # want "AWS-IAM-002"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
      Condition = { StringEquals = { "sts:ExternalId" = "not-a-secret" } }
    }]
  })
}

resource "aws_iam_openid_connect_provider" "github" {
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}

# The audience is the same for every GitHub repository: without a
# condition on sub, any workflow anywhere can assume the role.
resource "aws_iam_role" "deploy" {
  name = "deploy"
  assume_role_policy = jsonencode({ # want "AWS-IAM-002"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
      }
    }]
  })
}

data "aws_iam_policy_document" "release" {
  statement { # want "AWS-IAM-002"
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:*"]
    }
  }
}

resource "aws_iam_role" "release" {
  name               = "release"
  assume_role_policy = data.aws_iam_policy_document.release.json
}
