variable "guardduty_enabled" {
  type = bool
}

resource "aws_guardduty_detector" "main" {
  enable = var.guardduty_enabled # want "AWS-GD-001"
}
