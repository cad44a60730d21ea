variable "policy_json" {}

resource "aws_iam_policy" "injected" {
  name   = "injected"
  policy = var.policy_json # want "AWS-IAM-001"
}

resource "aws_s3_bucket" "data" {
  bucket = "data"
}

# All actions on a resource known only after apply: it is "*" on "*" only if
# the ARN were "*", which nobody can tell before deploy.
resource "aws_iam_policy" "all_actions_on_computed_arn" {
  name = "all-actions"
  policy = jsonencode({ # want "AWS-IAM-001"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = aws_s3_bucket.data.arn }]
  })
}
