resource "aws_kinesis_stream" "events" {
  name            = "events"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}

resource "aws_kms_key" "stream" {
  enable_key_rotation = true
}

resource "aws_kinesis_stream" "cmk" {
  name            = "cmk"
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.stream.arn

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}
