resource "aws_ebs_volume" "data" { # want "AWS-EC2-003"
  availability_zone = "eu-west-1a"
  size              = 100
}

resource "aws_ebs_volume" "explicit" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = false # want "AWS-EC2-003"
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 20
    encrypted   = false # want "AWS-EC2-003"
  }
}
