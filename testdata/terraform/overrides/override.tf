# Attributes replaced one by one; nested blocks of a type replaced wholesale.
resource "aws_s3_bucket" "b" {
  acl = "log-delivery-write"

  versioning {
    enabled = true
    mfa_delete = true
  }
}

locals {
  env = "prod"
}

variable "acl" {
  default = "public-read"
}

# Nothing to override: an error.
resource "aws_s3_bucket" "missing" {
  bucket = "missing"
}
