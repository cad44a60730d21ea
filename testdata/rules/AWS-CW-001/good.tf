resource "aws_cloudwatch_log_group" "trail" {
  name              = "cloudtrail"
  retention_in_days = 400
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-cloudtrail"
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-cloudwatch"
}

# Never expires.
resource "aws_cloudwatch_log_group" "flow" {
  name = "vpc-flow-logs"
}

resource "aws_flow_log" "main" {
  vpc_id          = "vpc-0a1b2c3d"
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow.arn
  iam_role_arn    = "arn:aws:iam::123456789012:role/flow-logs"
}

# Application logs may expire sooner.
resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/web"
  retention_in_days = 14
}
