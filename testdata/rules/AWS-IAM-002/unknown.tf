variable "trusted_principals" {
  type = list(string)
}

resource "aws_iam_role" "cross_account" {
  name = "cross-account"
  assume_role_policy = jsonencode({ # want "AWS-IAM-002"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = var.trusted_principals }
    }]
  })
}
