resource "aws_default_vpc" "default" { # want "AWS-EC2-008"
  tags = {
    Name = "Default VPC"
  }
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_default_vpc.default.id
}

resource "aws_default_subnet" "az1" { # want "AWS-EC2-008"
  availability_zone = "eu-west-1a"
}

resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = aws_default_subnet.az1.id
}
