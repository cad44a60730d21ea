variable "invoker" {
  type = string
}

resource "aws_lambda_permission" "invoke" {
  statement_id  = "AllowInvoker"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnailer"
  principal     = var.invoker # want "AWS-LMB-001"
}
