resource "aws_lambda_function_url" "webhook" {
  function_name      = "webhook"
  authorization_type = "NONE" # want "AWS-LMB-002"

  cors {
    allow_origins = ["https://example.com"]
  }
}
