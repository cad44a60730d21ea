variable "flow_log_retention" {
  type = number
}

resource "aws_cloudwatch_log_group" "flow" {
  name              = "vpc-flow-logs"
  retention_in_days = var.flow_log_retention # want "AWS-CW-001"
}

resource "aws_flow_log" "main" {
  vpc_id          = "vpc-0a1b2c3d"
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow.arn
  iam_role_arn    = "arn:aws:iam::123456789012:role/flow-logs"
}
