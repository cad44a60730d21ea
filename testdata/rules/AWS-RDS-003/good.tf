resource "aws_db_instance" "main" {
  identifier              = "main"
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  backup_retention_period = 14
}

# Read replicas take their backups from the source.
resource "aws_db_instance" "replica" {
  identifier          = "main-replica"
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.main.identifier
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier      = "aurora"
  engine                  = "aurora-postgresql"
  master_username         = "app"
  master_password         = "change-me-please"
  backup_retention_period = 7
}

# Aurora members take their backups from the cluster.
resource "aws_rds_cluster_instance" "member" {
  cluster_identifier = aws_rds_cluster.aurora.id
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
}
