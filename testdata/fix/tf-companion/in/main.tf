resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

# Another bucket below, untouched by the first one's companions.
resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
