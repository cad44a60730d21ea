resource "aws_cloudtrail" "default" { # want "AWS-CT-001"
  name           = "default"
  s3_bucket_name = "acme-trail"
}

resource "aws_cloudtrail" "explicit" {
  name                  = "explicit"
  s3_bucket_name        = "acme-trail"
  is_multi_region_trail = false # want "AWS-CT-001"
}
