variable "drop_invalid_headers" {
  type = bool
}

resource "aws_lb" "web" {
  name                       = "web"
  load_balancer_type         = "application"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = var.drop_invalid_headers # want "AWS-ELB-003"
}
