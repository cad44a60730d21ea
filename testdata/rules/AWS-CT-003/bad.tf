resource "aws_cloudtrail" "default" { # want "AWS-CT-003"
  name           = "default"
  s3_bucket_name = "acme-trail"
}

resource "aws_cloudtrail" "empty" {
  name           = "empty"
  s3_bucket_name = "acme-trail"
  kms_key_id     = "" # want "AWS-CT-003"
}
