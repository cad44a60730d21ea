# No public access block at all.
resource "aws_s3_bucket" "naked" { # want "AWS-S3-002"
  bucket = "acme-naked"
}

# A block with one setting off.
resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket = aws_s3_bucket.data.id

  block_public_acls       = true
  block_public_policy     = false # want "AWS-S3-002"
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# A block linked by name, with settings left out (they default to false).
resource "aws_s3_bucket" "named" {
  bucket = "acme-named"
}

resource "aws_s3_bucket_public_access_block" "named" { # want "AWS-S3-002"
  bucket            = "acme-named"
  block_public_acls = true
}
