resource "aws_lb" "web" { # want "AWS-ELB-004"
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_lb" "bucket_only" {
  name    = "bucket-only"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  access_logs {
    bucket  = "acme-lb-logs"
    enabled = false # want "AWS-ELB-004"
  }
}
