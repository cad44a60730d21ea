data "aws_partition" "current" {}

data "aws_iam_policy" "admin" {
  name = "AdministratorAccess"
}

resource "aws_iam_role" "ci" {
  name = "ci"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "codebuild.amazonaws.com" } }]
  })
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/ReadOnlyAccess",
    "arn:aws:iam::aws:policy/IAMFullAccess", # want "AWS-IAM-005"
  ]
}

resource "aws_iam_role_policy_attachment" "ci_admin" {
  role       = aws_iam_role.ci.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess" # want "AWS-IAM-005"
}

resource "aws_iam_group" "ops" {
  name = "ops"
}

resource "aws_iam_group_policy_attachment" "ops" {
  group      = aws_iam_group.ops.name
  policy_arn = data.aws_iam_policy.admin.arn # want "AWS-IAM-005"
}

resource "aws_iam_policy_attachment" "legacy" {
  name       = "legacy"
  roles      = [aws_iam_role.ci.name]
  policy_arn = "arn:aws-us-gov:iam::aws:policy/AdministratorAccess" # want "AWS-IAM-005"
}
