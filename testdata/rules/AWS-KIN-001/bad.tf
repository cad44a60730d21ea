resource "aws_kinesis_stream" "events" { # want "AWS-KIN-001"
  name             = "events"
  shard_count      = 1
  retention_period = 24
}

resource "aws_kinesis_stream" "none" {
  name            = "none"
  shard_count     = 1
  encryption_type = "NONE" # want "AWS-KIN-001"
}
