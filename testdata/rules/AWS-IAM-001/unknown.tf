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

variable "extra_documents" {
  type = list(string)
}

# A merged document from outside the configuration could hold anything.
data "aws_iam_policy_document" "merged" {
  source_policy_documents = var.extra_documents # want "AWS-IAM-001"

  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}

variable "inline_policy" {}

resource "aws_iam_role" "inline" {
  name               = "inline"
  assume_role_policy = "{}"

  inline_policy {
    name   = "injected"
    policy = var.inline_policy # want "AWS-IAM-001"
  }
}
