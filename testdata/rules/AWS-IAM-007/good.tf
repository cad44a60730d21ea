resource "aws_iam_user" "ci" {
  name = "ci"
}

# A key being retired: disabled, not yet deleted.
resource "aws_iam_access_key" "ci_old" {
  user   = aws_iam_user.ci.name
  status = "Inactive"
}
