variable "required" {
  type = string
}

resource "aws_s3_bucket" "c" {
  bucket = var.required
}
