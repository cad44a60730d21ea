variable "encryption_type" {
  type = string
}

resource "aws_kinesis_stream" "events" {
  name            = "events"
  shard_count     = 1
  encryption_type = var.encryption_type # want "AWS-KIN-001"
  kms_key_id      = "alias/aws/kinesis"
}
