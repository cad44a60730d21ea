variable "billing_users" {
  type = list(string)
}

resource "aws_iam_policy_attachment" "billing" {
  name       = "billing"
  users      = var.billing_users # want "AWS-IAM-006"
  policy_arn = "arn:aws:iam::aws:policy/job-function/Billing"
}
