resource "aws_db_instance" "main" { # want "AWS-RDS-002"
  identifier        = "main"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  storage_encrypted  = false # want "AWS-RDS-002"
}
