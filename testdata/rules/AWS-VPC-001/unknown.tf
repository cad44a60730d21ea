variable "flow_logs_vpc_id" {
  type = string
}

resource "aws_vpc" "main" { # want "AWS-VPC-001"
  cidr_block = "10.0.0.0/16"
}

# The flow log may or may not be for aws_vpc.main.
resource "aws_flow_log" "some" {
  vpc_id               = var.flow_logs_vpc_id
  traffic_type         = "REJECT"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
  log_destination_type = "s3"
}
