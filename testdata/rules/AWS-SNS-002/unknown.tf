variable "topic_policy" {
  type = string
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_sns_topic_policy" "alerts" {
  arn    = aws_sns_topic.alerts.arn
  policy = var.topic_policy # want "AWS-SNS-002"
}
