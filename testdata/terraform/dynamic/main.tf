variable "rules" {
  default = [
    { port = 443, cidrs = ["10.0.0.0/8"] },
    { port = 22, cidrs = ["192.168.0.0/16", "172.16.0.0/12"] },
  ]
}

variable "unknown_rules" {
  type = list(object({ port = number }))
}

resource "aws_security_group" "web" {
  name = "web"

  ingress {
    description = "static"
    from_port   = 80
    to_port     = 80
    cidr_blocks = ["0.0.0.0/0"]
  }

  dynamic "ingress" {
    for_each = var.rules
    iterator = rule
    content {
      description = "rule ${rule.key}"
      from_port   = rule.value.port
      to_port     = rule.value.port

      # Nested dynamic block, iterating per rule.
      dynamic "source" {
        for_each = rule.value.cidrs
        content {
          cidr     = source.value
          position = "${rule.key}.${source.key}"
        }
      }
    }
  }

  dynamic "egress" {
    for_each = []
    content {
      from_port = 0
    }
  }
}

resource "aws_security_group" "unknown" {
  name = "unknown"

  dynamic "ingress" {
    for_each = var.unknown_rules
    content {
      from_port = ingress.value.port
    }
  }

  egress {
    from_port = 0
  }
}
