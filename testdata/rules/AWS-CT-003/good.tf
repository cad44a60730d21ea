resource "aws_kms_key" "trail" {
  description         = "CloudTrail logs"
  enable_key_rotation = true
}

# The key's ARN is only known after apply, but it is never empty.
resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-trail"
  kms_key_id     = aws_kms_key.trail.arn
}

resource "aws_cloudtrail" "literal" {
  name           = "literal"
  s3_bucket_name = "acme-trail"
  kms_key_id     = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
