resource "aws_s3_bucket" "data" { # want "AWS-S3-004"
  bucket = "acme-data"
}

# Logging configured for another bucket only.
resource "aws_s3_bucket" "other" { # want "AWS-S3-004"
  bucket = "acme-other"
}

resource "aws_s3_bucket_logging" "elsewhere" {
  bucket        = "acme-elsewhere"
  target_bucket = "acme-central-logs"
  target_prefix = "elsewhere/"
}
