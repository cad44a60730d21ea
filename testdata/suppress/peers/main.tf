# Other scanners' comments count for the rules whose equivalents name them.

resource "aws_s3_bucket" "checkov" {
  bucket = "acme-checkov"
  #checkov:skip=CKV_AWS_20:The bucket is a public website
  acl = "public-read"
}

resource "aws_s3_bucket" "checkov_no_reason" {
  bucket = "acme-checkov-bare"
  acl    = "public-read" # checkov:skip=CKV_AWS_20
}

# tfsec:ignore:aws-s3-no-public-access-with-acl
resource "aws_s3_bucket" "tfsec" {
  bucket = "acme-tfsec"
  acl    = "public-read"
}

resource "aws_s3_bucket" "trivy" {
  bucket = "acme-trivy"
  acl    = "public-read" # trivy:ignore:AVD-AWS-0092:exp:2027-01-01
}

resource "aws_s3_bucket" "trivy_expired" {
  bucket = "acme-trivy-expired"
  acl    = "public-read" # trivy:ignore:AVD-AWS-0092:exp:2025-01-01
}

resource "aws_s3_bucket" "kics" {
  bucket = "acme-kics"
  # kics-scan ignore-line
  acl = "public-read"
}

# A peer id that is not an equivalent of AWS-S3-001 does not silence it.
# checkov:skip=CKV_AWS_18:access logging is elsewhere
resource "aws_s3_bucket" "wrong_peer_id" {
  bucket = "acme-wrong"
  acl    = "public-read"
}
