variable "replicas" {
  type = number
}

variable "names" {
  type = set(string)
}

resource "aws_instance" "web" {
  count = var.replicas
  ami   = "ami-${count.index}"
  tags = {
    Name = "web"
  }
}

resource "aws_iam_user" "u" {
  for_each = var.names
  name     = each.key
  path     = "/users/"
}

resource "aws_eip" "first" {
  instance = aws_instance.web[0].id
}

module "workers" {
  source = "./worker"
  count  = var.replicas
  name   = "worker-${count.index}"
}
