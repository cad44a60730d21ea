variable "allowed_source_arns" {
  type = list(string)
}

variable "condition_operator" {
  type = string
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

data "aws_iam_policy_document" "jobs" {
  statement { # want "AWS-SQS-002"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.jobs.arn]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = var.condition_operator
      variable = "aws:SourceArn"
      values   = var.allowed_source_arns
    }
  }
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = data.aws_iam_policy_document.jobs.json
}
