resource "aws_network_acl" "public" {
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0" # want "AWS-EC2-006"
  }

  ingress {
    rule_no    = 110
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }
}

resource "aws_default_network_acl" "default" {
  default_network_acl_id = "acl-0a1b2c3d"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = -1
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0" # want "AWS-EC2-006"
  }
}

resource "aws_network_acl_rule" "rdp" {
  network_acl_id  = aws_network_acl.public.id
  rule_number     = 120
  egress          = false
  protocol        = "tcp"
  rule_action     = "allow"
  ipv6_cidr_block = "::/0" # want "AWS-EC2-006"
  from_port       = 3389
  to_port         = 3389
}
