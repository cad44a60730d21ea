resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket = aws_s3_bucket.data.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Linked by literal bucket name.
resource "aws_s3_bucket" "named" {
  bucket = "acme-named"
}

resource "aws_s3_bucket_public_access_block" "named" {
  bucket                  = "acme-named"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# A bucket that is never created needs no block.
resource "aws_s3_bucket" "never" {
  count  = 0
  bucket = "acme-never"
}
