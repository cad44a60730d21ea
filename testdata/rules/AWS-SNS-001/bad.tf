resource "aws_sns_topic" "alerts" { # want "AWS-SNS-001"
  name = "alerts"
}

resource "aws_sns_topic" "empty" {
  name              = "empty"
  kms_master_key_id = "" # want "AWS-SNS-001"
}
