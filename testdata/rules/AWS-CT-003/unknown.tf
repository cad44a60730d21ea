variable "trail_key" {
  type = string
}

resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-trail"
  kms_key_id     = var.trail_key # want "AWS-CT-003"
}
