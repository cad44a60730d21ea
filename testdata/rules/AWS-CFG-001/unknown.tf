variable "record_global" {
  type = bool
}

resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/config"

  recording_group {
    all_supported                 = true
    include_global_resource_types = var.record_global # want "AWS-CFG-001"
  }
}
