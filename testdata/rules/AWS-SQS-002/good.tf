resource "aws_sns_topic" "orders" {
  name = "orders"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

# SNS delivers to the queue, only from this topic.
resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.jobs.arn
      Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.orders.arn } }
    }]
  })
}

resource "aws_sqs_queue" "events" {
  name = "events"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/consumer" }
      Action    = ["sqs:ReceiveMessage", "sqs:DeleteMessage"]
      Resource  = "*"
    }]
  })
}

resource "aws_sqs_queue" "plain" {
  name = "plain"
}
