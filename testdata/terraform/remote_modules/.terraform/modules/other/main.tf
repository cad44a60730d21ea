# Not in the manifest: never evaluated.
resource "aws_s3_bucket" "stray" {
  bucket = "stray"
}
