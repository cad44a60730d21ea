variable "url_auth_type" {
  type = string
}

resource "aws_lambda_function_url" "api" {
  function_name      = "api"
  authorization_type = var.url_auth_type # want "AWS-LMB-002"
}
