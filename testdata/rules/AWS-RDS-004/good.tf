resource "aws_db_instance" "main" {
  identifier          = "main"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  deletion_protection = true
}

resource "aws_db_instance" "replica" {
  identifier          = "main-replica"
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.main.identifier
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier  = "aurora"
  engine              = "aurora-mysql"
  master_username     = "app"
  master_password     = "change-me-please"
  deletion_protection = true
}
