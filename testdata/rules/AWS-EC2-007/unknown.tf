variable "default_sg_rules" {
  type = list(object({ from_port = number, to_port = number, protocol = string }))
}

resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0a1b2c3d"

  dynamic "ingress" { # want "AWS-EC2-007"
    for_each = var.default_sg_rules
    content {
      from_port = ingress.value.from_port
      to_port   = ingress.value.to_port
      protocol  = ingress.value.protocol
      self      = true
    }
  }
}
