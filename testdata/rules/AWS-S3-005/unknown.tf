variable "reader_arns" {
  type = list(string)
}

variable "bucket_policy" {
  type = string
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

data "aws_iam_policy_document" "data" {
  statement { # want "AWS-S3-005"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = var.reader_arns
    }
  }
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.data.json
}

resource "aws_s3_bucket" "other" {
  bucket = "acme-other"
}

resource "aws_s3_bucket_policy" "other" {
  bucket = aws_s3_bucket.other.id
  policy = var.bucket_policy # want "AWS-S3-005"
}
