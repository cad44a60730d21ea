# AWS provider v3: canned ACL on the bucket.
resource "aws_s3_bucket" "website" {
  bucket = "acme-website"
  acl    = "public-read" # want "AWS-S3-001"
}

# AWS provider v4+: a separate ACL resource.
resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}

resource "aws_s3_bucket_acl" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  acl    = "public-read-write" # want "AWS-S3-001"
}

# The value comes from a variable default.
variable "reports_acl" {
  default = "authenticated-read"
}

resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
  acl    = var.reports_acl # want "AWS-S3-001"
}

# An explicit grant to everyone.
resource "aws_s3_bucket_acl" "shared" {
  bucket = aws_s3_bucket.uploads.id

  access_control_policy {
    owner {
      id = "owner-canonical-id"
    }

    grant {
      permission = "READ"
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers" # want "AWS-S3-001"
      }
    }
  }
}
