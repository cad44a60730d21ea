resource "aws_instance" "bastion" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = true # want "AWS-EC2-004"
}

resource "aws_launch_template" "web" {
  name_prefix = "web-"
  image_id    = "ami-0123456789abcdef0"

  network_interfaces {
    associate_public_ip_address = true # want "AWS-EC2-004"
  }
}
