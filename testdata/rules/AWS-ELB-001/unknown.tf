variable "listener_protocol" {
  type = string
}

resource "aws_lb_listener" "front" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/abc"
  port              = 80
  protocol          = var.listener_protocol # want "AWS-ELB-001"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/app/abc"
  }
}
