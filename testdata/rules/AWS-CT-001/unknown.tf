variable "all_regions" {}

resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "acme-trail"
  is_multi_region_trail = var.all_regions # want "AWS-CT-001"
}
