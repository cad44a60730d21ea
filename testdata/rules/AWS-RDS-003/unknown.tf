variable "retention_days" {
  type = number
}

resource "aws_db_instance" "main" {
  identifier              = "main"
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  backup_retention_period = var.retention_days # want "AWS-RDS-003"
}
