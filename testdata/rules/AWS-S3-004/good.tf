resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

# AWS provider v4+.
resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "data/"
}

# AWS provider v3: inline logging block.
resource "aws_s3_bucket" "v3" {
  bucket = "acme-v3"
  logging {
    target_bucket = "acme-logs"
    target_prefix = "v3/"
  }
}
