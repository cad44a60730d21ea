variable "source_bucket" {}

resource "aws_s3_bucket" "data" { # want "AWS-S3-004"
  bucket = "acme-data"
}

resource "aws_s3_bucket_logging" "some" {
  bucket        = var.source_bucket
  target_bucket = "acme-central-logs"
  target_prefix = "some/"
}
