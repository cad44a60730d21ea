resource "aws_instance" "none" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "optional" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional" # IMDSv1 still allowed
  }
}

resource "aws_instance" "oneline" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options { http_endpoint = "enabled" }
}

resource "aws_launch_template" "web" {
  name_prefix = "web-"
  image_id    = "ami-0123456789abcdef0"

  metadata_options {
  }
}
