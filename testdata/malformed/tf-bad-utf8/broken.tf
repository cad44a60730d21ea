resource "aws_s3_bucket" "b" {
  bucket = "caféÿ"
  þþ = 1
}
