resource "aws_db_instance" "orders" {
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  backup_retention_period = 7 # want "ACME-RDS-001"
}
