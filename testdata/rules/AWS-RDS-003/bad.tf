resource "aws_db_instance" "main" { # want "AWS-RDS-003"
  identifier        = "main"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "short" {
  identifier              = "short"
  engine                  = "mysql"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  backup_retention_period = 1 # want "AWS-RDS-003"
}

resource "aws_rds_cluster" "aurora" { # want "AWS-RDS-003"
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  master_username    = "app"
  master_password    = "change-me-please"
}
