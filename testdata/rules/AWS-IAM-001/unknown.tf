variable "policy_json" {}

resource "aws_iam_policy" "injected" {
  name   = "injected"
  policy = var.policy_json # want "AWS-IAM-001"
}
