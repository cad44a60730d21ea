variable "create_trail" {
  type = bool
}

# Whether the trail exists is not known before deploy.
resource "aws_cloudtrail" "main" { # want "AWS-CT-004"
  count          = var.create_trail ? 1 : 0
  name           = "main"
  s3_bucket_name = "acme-cloudtrail"
}
