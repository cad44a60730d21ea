resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_sns_topic_policy" "alerts" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({ # want "AWS-SNS-002"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["SNS:Subscribe", "SNS:Receive"]
      Resource  = aws_sns_topic.alerts.arn
    }]
  })
}

# The policy argument of the topic.
resource "aws_sns_topic" "events" {
  name = "events"
  policy = jsonencode({ # want "AWS-SNS-002"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "SNS:Publish"
      Resource  = "*"
    }]
  })
}

resource "aws_sns_topic" "orders" {
  name = "orders"
}

data "aws_iam_policy_document" "orders" {
  statement { # want "AWS-SNS-002"
    actions   = ["SNS:Publish"]
    resources = [aws_sns_topic.orders.arn]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_sns_topic_policy" "orders" {
  arn    = aws_sns_topic.orders.arn
  policy = data.aws_iam_policy_document.orders.json
}
