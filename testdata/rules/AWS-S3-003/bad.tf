resource "aws_s3_bucket" "none" { # want "AWS-S3-003"
  bucket = "acme-none"
}

# AWS provider v4+: versioning suspended.
resource "aws_s3_bucket" "suspended" {
  bucket = "acme-suspended"
}

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.suspended.id
  versioning_configuration {
    status = "Suspended" # want "AWS-S3-003"
  }
}

# AWS provider v3: inline block switched off.
resource "aws_s3_bucket" "v3" {
  bucket = "acme-v3"
  versioning {
    enabled = false # want "AWS-S3-003"
  }
}
