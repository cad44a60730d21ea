resource "aws_s3_bucket" "default_acl" {
  bucket = "acme-default"
}

resource "aws_s3_bucket" "private_v3" {
  bucket = "acme-private"
  acl    = "private"
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

# log-delivery-write is what server access logging needs; it is not public.
resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  acl    = "log-delivery-write"
}

# A public ACL on a resource that is never created.
resource "aws_s3_bucket_acl" "never" {
  count  = 0
  bucket = aws_s3_bucket.logs.id
  acl    = "public-read"
}

# A grant to a specific account only.
resource "aws_s3_bucket_acl" "partner" {
  bucket = aws_s3_bucket.logs.id

  access_control_policy {
    owner {
      id = "owner-canonical-id"
    }

    grant {
      permission = "READ"
      grantee {
        type = "CanonicalUser"
        id   = "partner-canonical-id"
      }
    }
  }
}

# The ternary is decided by a known variable.
variable "public" {
  default = false
}

resource "aws_s3_bucket" "maybe" {
  bucket = "acme-maybe"
  acl    = var.public ? "public-read" : "private"
}
