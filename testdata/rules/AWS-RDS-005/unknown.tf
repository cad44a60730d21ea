variable "engine" {
  type = string
}

resource "aws_db_instance" "main" { # want "AWS-RDS-005"
  identifier        = "main"
  engine            = var.engine
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}
