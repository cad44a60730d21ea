resource "aws_db_instance" "main" { # want "AWS-RDS-004"
  identifier        = "main"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier  = "aurora"
  engine              = "aurora-mysql"
  master_username     = "app"
  master_password     = "change-me-please"
  deletion_protection = false # want "AWS-RDS-004"
}
