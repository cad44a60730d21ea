resource "aws_lambda_permission" "anyone" {
  statement_id  = "AllowAnyone"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnailer"
  principal     = "*" # want "AWS-LMB-001"
}

# Any bucket in any account can trigger the function.
resource "aws_lambda_permission" "s3" {
  statement_id  = "AllowS3"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnailer"
  principal     = "s3.amazonaws.com" # want "AWS-LMB-001"
}
