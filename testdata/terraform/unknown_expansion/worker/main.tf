variable "name" {
  type = string
}

resource "aws_instance" "this" {
  ami  = "ami-worker"
  name = var.name
}

output "id" {
  value = aws_instance.this.id
}
