resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
  policy = jsonencode({ # want "AWS-KMS-002"
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Admin"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "Use"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["kms:Decrypt", "kms:GenerateDataKey"]
        Resource  = "*"
      },
    ]
  })
}

resource "aws_kms_key" "shared" {
  description         = "shared"
  enable_key_rotation = true
}

data "aws_iam_policy_document" "shared" {
  statement { # want "AWS-KMS-002"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_kms_key_policy" "shared" {
  key_id = aws_kms_key.shared.id
  policy = data.aws_iam_policy_document.shared.json
}
