resource "aws_db_instance" "main" {
  identifier          = "main"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  storage_encrypted   = true
  publicly_accessible = true # want "AWS-RDS-001"
}

resource "aws_rds_cluster_instance" "reader" {
  cluster_identifier  = "aurora"
  instance_class      = "db.r6g.large"
  engine              = "aurora-postgresql"
  publicly_accessible = true # want "AWS-RDS-001"
}
