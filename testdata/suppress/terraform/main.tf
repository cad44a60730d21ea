# Suppressions in their Terraform forms. The clock of the test is 2026-06-15.

# preflight:ignore AWS-S3-001 the bucket serves the public website
resource "aws_s3_bucket" "website" {
  bucket = "acme-website"
  acl    = "public-read"
}

resource "aws_s3_bucket" "end_of_line" {
  bucket = "acme-eol"
  acl    = "public-read" # preflight:ignore AWS-S3-001 published downloads
}

resource "aws_s3_bucket" "above_attribute" {
  bucket = "acme-above"
  // preflight:ignore AWS-S3-002 versioning is handled by the backup tool
  /* preflight:ignore AWS-S3-001 until=2026-12-31 migration to CloudFront in progress */
  acl = "public-read"
}

# A reason is required: this comment suppresses nothing.
# preflight:ignore AWS-S3-001
resource "aws_s3_bucket" "no_reason" {
  bucket = "acme-no-reason"
  acl    = "public-read"
}

# preflight:ignore AWS-S3-001 until=2026-01-31 expired exception
resource "aws_s3_bucket" "expired" {
  bucket = "acme-expired"
  acl    = "public-read"
}

# A blank line detaches a comment from the block.
# preflight:ignore AWS-S3-001 detached

resource "aws_s3_bucket" "detached" {
  bucket = "acme-detached"
  acl    = "public-read"
}

# The marker inside a string is not a comment.
resource "aws_s3_bucket" "in_string" {
  bucket = "acme-in-string # preflight:ignore AWS-S3-001 not a comment"
  acl    = "public-read"
}

# preflight:ignore AWS-S3-001[key=logs] the log bucket is read by a partner
resource "aws_s3_bucket" "by_key" {
  for_each = toset(["logs", "data"])
  bucket   = "acme-${each.key}"
  acl      = "public-read"
}

# preflight:ignore AWS-S3-001[index=1] a public mirror
resource "aws_s3_bucket" "by_index" {
  count  = 2
  bucket = "acme-mirror-${count.index}"
  acl    = "public-read"
}

# preflight:ignore AWS-NOPE-999 a rule that does not exist
resource "aws_s3_bucket" "unknown_rule" {
  bucket = "acme-unknown"
  acl    = "private"
}

# preflight:ignore AWS-S3-001 the whole module serves static sites
module "site" {
  source = "./modules/site"
}

module "other" {
  source = "./modules/site"
}

resource "aws_security_group" "bastion" {
  name = "bastion"

  # preflight:ignore AWS-EC2-001 the bastion is reached over SSH from anywhere, with MFA
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
