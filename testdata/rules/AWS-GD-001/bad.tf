resource "aws_guardduty_detector" "main" {
  enable = false # want "AWS-GD-001"
}
