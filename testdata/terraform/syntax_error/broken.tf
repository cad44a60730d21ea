resource "aws_s3_bucket" "before" {
  bucket = "before-the-error"
}

resource "aws_s3_bucket" "broken" {
  bucket = "unterminated
  acl    = "private"
}
