resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({ # want "AWS-S3-006"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/reporting" }
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.reports.arn}/*"
    }]
  })
}

resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports"
}

# Denying TLS versions below 1.2 does not deny plain HTTP.
data "aws_iam_policy_document" "exports" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.exports.arn, "${aws_s3_bucket.exports.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "NumericLessThan"
      variable = "s3:TlsVersion"
      values   = ["1.2"]
    }
  }
}

resource "aws_s3_bucket_policy" "exports" {
  bucket = aws_s3_bucket.exports.id
  policy = data.aws_iam_policy_document.exports.json # want "AWS-S3-006"
}

# AWS provider v3: the policy argument of the bucket.
resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  policy = jsonencode({ # want "AWS-S3-006"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:DeleteObject"
      Resource  = "arn:aws:s3:::acme-legacy/*"
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
