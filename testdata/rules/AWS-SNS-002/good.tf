resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

# The default topic policy: everyone, restricted to the owner account.
resource "aws_sns_topic_policy" "alerts" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["SNS:Publish", "SNS:Subscribe", "SNS:Receive"]
      Resource  = aws_sns_topic.alerts.arn
      Condition = { StringEquals = { "AWS:SourceOwner" = "111122223333" } }
    }]
  })
}

resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}

resource "aws_sns_topic" "events" {
  name = "events"
}

data "aws_iam_policy_document" "events" {
  statement {
    actions   = ["SNS:Publish"]
    resources = [aws_sns_topic.events.arn]
    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }
    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = [aws_s3_bucket.uploads.arn]
    }
  }
}

resource "aws_sns_topic_policy" "events" {
  arn    = aws_sns_topic.events.arn
  policy = data.aws_iam_policy_document.events.json
}

resource "aws_sns_topic" "plain" {
  name = "plain"
}
