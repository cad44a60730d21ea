variable "name" {
  type = string
}

variable "acl" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "versioning" {
  type    = bool
  default = true
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
  acl    = var.acl
  vpc    = var.vpc_id

  versioning {
    enabled = var.versioning
  }
}

output "bucket" {
  value = aws_s3_bucket.this.bucket
}
