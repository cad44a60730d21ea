variable "topic_key" {
  type = string
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = var.topic_key # want "AWS-SNS-001"
}
