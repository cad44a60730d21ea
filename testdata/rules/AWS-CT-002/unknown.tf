variable "validate_logs" {
  type = bool
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  enable_log_file_validation = var.validate_logs # want "AWS-CT-002"
}
