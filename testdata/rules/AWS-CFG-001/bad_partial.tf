resource "aws_config_configuration_recorder" "partial" {
  name     = "partial"
  role_arn = "arn:aws:iam::123456789012:role/config"

  recording_group {
    all_supported  = false # want "AWS-CFG-001"
    resource_types = ["AWS::EC2::Instance", "AWS::S3::Bucket"]
  }
}
