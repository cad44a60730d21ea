variable "bucket_name" {}

resource "aws_s3_bucket" "data" { # want "AWS-S3-002"
  bucket = "acme-data"
}

# It is unknown which bucket this block protects.
resource "aws_s3_bucket_public_access_block" "some" {
  bucket                  = var.bucket_name
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
