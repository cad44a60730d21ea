variable "replicas" {
  default = 2
}

variable "enabled" {
  default = false
}

resource "aws_instance" "none" {
  count = 0
  ami   = "ami-0"
}

resource "aws_instance" "disabled" {
  count = var.enabled ? 1 : 0
  ami   = "ami-1"
}

resource "aws_instance" "web" {
  count         = var.replicas
  ami           = "ami-web"
  instance_type = "t3.micro"
  tags = {
    Name = "web-${count.index}"
  }
}

resource "aws_eip" "web" {
  count    = var.replicas
  instance = aws_instance.web[count.index].id
  ami_seen = aws_instance.web[count.index].ami
}

resource "aws_eip" "second" {
  instance = aws_instance.web[1].id
  all      = aws_instance.web[*].ami
}
