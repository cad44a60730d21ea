resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}

resource "aws_lambda_permission" "s3" {
  statement_id   = "AllowS3"
  action         = "lambda:InvokeFunction"
  function_name  = "thumbnailer"
  principal      = "s3.amazonaws.com"
  source_arn     = aws_s3_bucket.uploads.arn
  source_account = "111122223333"
}

resource "aws_lambda_permission" "org" {
  statement_id     = "AllowOrg"
  action           = "lambda:InvokeFunction"
  function_name    = "thumbnailer"
  principal        = "*"
  principal_org_id = "o-a1b2c3d4e5"
}

resource "aws_lambda_permission" "account" {
  statement_id  = "AllowAccount"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnailer"
  principal     = "111122223333"
}
