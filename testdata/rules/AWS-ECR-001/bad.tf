resource "aws_ecr_repository" "app" {
  name = "app"
}

resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({ # want "AWS-ECR-001"
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyonePulls"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
    }]
  })
}

resource "aws_ecr_repository" "tools" {
  name = "tools"
}

data "aws_iam_policy_document" "tools" {
  statement { # want "AWS-ECR-001"
    sid     = "Push"
    actions = ["ecr:PutImage", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_ecr_repository_policy" "tools" {
  repository = aws_ecr_repository.tools.name
  policy     = data.aws_iam_policy_document.tools.json
}
