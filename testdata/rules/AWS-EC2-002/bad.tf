resource "aws_instance" "default" { # want "AWS-EC2-002"
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "optional" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional" # want "AWS-EC2-002"
  }
}

resource "aws_launch_template" "web" { # want "AWS-EC2-002"
  name_prefix   = "web-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
