resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy = jsonencode({ # want "AWS-SQS-002"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.jobs.arn
    }]
  })
}

# The policy argument of the queue.
resource "aws_sqs_queue" "events" {
  name = "events"
  policy = jsonencode({ # want "AWS-SQS-002"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["sqs:ReceiveMessage", "sqs:DeleteMessage"]
      Resource  = "*"
      Condition = { StringNotEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}

resource "aws_sqs_queue" "audit" {
  name = "audit"
}

data "aws_iam_policy_document" "audit" {
  statement { # want "AWS-SQS-002"
    actions   = ["sqs:*"]
    resources = [aws_sqs_queue.audit.arn]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_sqs_queue_policy" "audit" {
  queue_url = aws_sqs_queue.audit.id
  policy    = data.aws_iam_policy_document.audit.json
}
