variable "backup_days" {
  type = number
}

resource "aws_db_instance" "orders" {
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  backup_retention_period = var.backup_days # want "ACME-RDS-001"
}
