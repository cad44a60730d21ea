resource "aws_ebs_volume" "data" { # want "AWS-EC2-003"
  availability_zone = "eu-west-1a"
  size              = 100
}

resource "aws_ebs_volume" "explicit" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = false # want "AWS-EC2-003"
}
