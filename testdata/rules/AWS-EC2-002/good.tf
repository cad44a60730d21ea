resource "aws_instance" "required" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

resource "aws_launch_template" "disabled" {
  name_prefix = "batch-"
  image_id    = "ami-0123456789abcdef0"

  metadata_options {
    http_endpoint = "disabled"
  }
}

resource "aws_instance" "never" {
  count         = 0
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
