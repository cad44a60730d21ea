variable "acl" {}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
  acl    = var.acl # want "AWS-S3-001"
}
