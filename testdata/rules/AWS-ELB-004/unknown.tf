variable "access_logs_enabled" {
  type = bool
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  access_logs {
    bucket  = "acme-lb-logs"
    enabled = var.access_logs_enabled # want "AWS-ELB-004"
  }
}
