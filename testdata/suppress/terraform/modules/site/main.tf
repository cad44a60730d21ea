resource "aws_s3_bucket" "this" {
  bucket = "acme-site"
  acl    = "public-read"
}
