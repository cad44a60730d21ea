resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({ # want "AWS-S3-005"
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicRead"
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.site.arn}/*"
    }]
  })
}

resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}

# {"AWS": "*"} is everyone too, and aws:SecureTransport restricts how, not who.
resource "aws_s3_bucket_policy" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  # want+1 "AWS-S3-005"
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"AWS": "*"},
        "Action": ["s3:PutObject"],
        "Resource": "arn:aws:s3:::acme-uploads/*",
        "Condition": {"Bool": {"aws:SecureTransport": "true"}}
      }]
    }
  EOT
}

resource "aws_s3_bucket" "shared" {
  bucket = "acme-shared"
}

data "aws_iam_policy_document" "shared" {
  statement {
    sid       = "Team"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.shared.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/team"]
    }
  }

  statement { # want "AWS-S3-005"
    sid       = "Everyone"
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.shared.arn]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "shared" {
  bucket = aws_s3_bucket.shared.id
  policy = data.aws_iam_policy_document.shared.json
}

# AWS provider v3: the policy argument of the bucket.
resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  policy = jsonencode({ # want "AWS-S3-005"
    Version = "2012-10-17"
    Statement = [{
      Effect       = "Allow"
      NotPrincipal = { AWS = "arn:aws:iam::111122223333:root" }
      Action       = "s3:GetObject"
      Resource     = "arn:aws:s3:::acme-legacy/*"
    }]
  })
}
