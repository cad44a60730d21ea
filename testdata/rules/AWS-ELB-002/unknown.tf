variable "ssl_policy" {
  type = string
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/abc"
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = var.ssl_policy # want "AWS-ELB-002"
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/abc"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/app/abc"
  }
}
