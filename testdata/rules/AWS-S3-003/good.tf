resource "aws_s3_bucket" "v4" {
  bucket = "acme-v4"
}

resource "aws_s3_bucket_versioning" "v4" {
  bucket = aws_s3_bucket.v4.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "v3" {
  bucket = "acme-v3"
  versioning {
    enabled = true
  }
}

# Linked by the bucket's name attribute rather than its id.
resource "aws_s3_bucket" "byname" {
  bucket = "acme-byname"
}

resource "aws_s3_bucket_versioning" "byname" {
  bucket = aws_s3_bucket.byname.bucket
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "never" {
  count  = 0
  bucket = "acme-never"
}
