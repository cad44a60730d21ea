# Absent: new queues are encrypted with SSE-SQS by default.
resource "aws_sqs_queue" "default" {
  name = "default"
}

resource "aws_sqs_queue" "sse" {
  name                    = "sse"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue" "kms" {
  name                              = "kms"
  kms_master_key_id                 = "alias/aws/sqs"
  kms_data_key_reuse_period_seconds = 300
}
