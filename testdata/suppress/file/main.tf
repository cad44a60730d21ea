# Buckets of the public website.
# preflight:ignore-file AWS-S3-001 every bucket here is public by design

resource "aws_s3_bucket" "a" {
  bucket = "acme-a"
  acl    = "public-read"
}

# preflight:ignore-file AWS-S3-002 too late: not in the first comment block
resource "aws_s3_bucket" "b" {
  bucket = "acme-b"
  acl    = "public-read"
}
