# The default VPC is adopted only to lock it down.
resource "aws_default_vpc" "default" {
  tags = {
    Name = "Default VPC - unused"
  }
}

resource "aws_default_security_group" "default" {
  vpc_id = aws_default_vpc.default.id
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.main.id
}
