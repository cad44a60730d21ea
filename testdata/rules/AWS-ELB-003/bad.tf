resource "aws_lb" "web" { # want "AWS-ELB-003"
  name               = "web"
  internal           = false
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_alb" "legacy" {
  name                       = "legacy"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = false # want "AWS-ELB-003"
}
