resource "aws_cloudtrail" "default" { # want "AWS-CT-002"
  name           = "default"
  s3_bucket_name = "acme-trail"
}

resource "aws_cloudtrail" "explicit" {
  name                       = "explicit"
  s3_bucket_name             = "acme-trail"
  enable_log_file_validation = false # want "AWS-CT-002"
}
