resource "aws_db_instance" "orders" {
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  backup_retention_period = 35
}
